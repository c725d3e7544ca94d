package uk.wmpathways.app.demo;

import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.funding.RecordFundingDrawdown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Each funding stream's whole allocation, drawn down quarter by quarter (at each quarter's end) by an
 * administrator over the life of its programme, a little less in the first quarters while the programme
 * started. The Thrive into Work expansion's £3.7m is drawn too (2021-22), though its participants are not part
 * of the demo data: its report shows the funding with no outcomes.
 */
final class FundingDrawdowns {

    record Programme(FundingStream stream, YearMonth firstQuarterEnd, int quarters) {
    }

    static final List<Programme> PROGRAMMES = List.of(
            new Programme(FundingStream.HOUSING_FIRST_PILOT, YearMonth.of(2018, 6), 16),
            new Programme(FundingStream.ROUGH_SLEEPING_INITIATIVE, YearMonth.of(2018, 6), 8),
            new Programme(FundingStream.THRIVE_INTO_WORK_TRIAL, YearMonth.of(2018, 6), 11),
            new Programme(FundingStream.THRIVE_INTO_WORK_EXPANSION, YearMonth.of(2021, 3), 5));

    private FundingDrawdowns() {
    }

    static List<RecordFundingDrawdown> all() {
        List<RecordFundingDrawdown> drawdowns = new ArrayList<>();
        for (Programme programme : PROGRAMMES) {
            drawdowns.addAll(of(programme));
        }
        return drawdowns;
    }

    /** The first quarter draws half a share, the second three quarters, the others a full share; the last the rest. */
    static List<RecordFundingDrawdown> of(Programme programme) {
        double shares = programme.quarters() - 0.75;
        BigDecimal allocation = BigDecimal.valueOf(programme.stream().allocationPounds());
        BigDecimal drawn = BigDecimal.ZERO;
        List<RecordFundingDrawdown> drawdowns = new ArrayList<>();
        for (int quarter = 0; quarter < programme.quarters(); quarter++) {
            double share = quarter == 0 ? 0.5 : quarter == 1 ? 0.75 : 1.0;
            BigDecimal amount = quarter == programme.quarters() - 1 ? allocation.subtract(drawn)
                    : BigDecimal.valueOf(Math.round(programme.stream().allocationPounds() * share / shares));
            drawn = drawn.add(amount);
            LocalDate drawnOn = programme.firstQuarterEnd().plusMonths(3L * quarter).atEndOfMonth();
            drawdowns.add(new RecordFundingDrawdown(programme.stream(), amount, drawnOn,
                    "Quarter ending " + drawnOn, DemoIds.request(programme.stream().name() + "/" + drawnOn),
                    DemoDataSet.ADMINISTRATOR));
        }
        return drawdowns;
    }
}
