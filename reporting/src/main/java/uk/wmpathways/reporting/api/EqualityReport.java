package uk.wmpathways.reporting.api;

import java.util.Map;

import uk.wmpathways.caseservice.api.enrolment.Pathway;

/**
 * A pathway's headline rate (TiW: job conversion; HF: accommodated in the period of people accepted in the
 * period; RSI: moved on of supported) broken down by ethnicity, sex, age band (at the start of the
 * enrolment: 16-24, 25-34, 35-49, 50-64, 65+) and disability, each with a "Not recorded" row.
 * <p>
 * {@code definitions}: what each figure counts, in plain words, by the name of its field ({@link Definition}).
 */
public record EqualityReport(ReportCriteria criteria,
                             Pathway pathway,
                             String measure,
                             Breakdown byEthnicity,
                             Breakdown bySex,
                             Breakdown byAgeBand,
                             Breakdown byDisability,
                             Map<String, Definition.Text> definitions) {
}
