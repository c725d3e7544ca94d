package uk.wmpathways.reporting.export;

import uk.wmpathways.reporting.api.ReportCriteria;

import java.time.LocalDate;
import java.util.Locale;

/**
 * File names that say what an export holds, so that saved files can be told apart:
 * {@code thrive-into-work_2024-05-01_to_2025-04-30_as-at_2025-04-30_walsall.csv}. The as-at date is the day the
 * export was made when the report is of what the system knows now.
 */
public final class ReportFileNames {

    private ReportFileNames() {
    }

    public static String of(String reportName, ReportCriteria criteria, LocalDate today, ExportFormat format) {
        StringBuilder name = new StringBuilder(slug(reportName))
                .append('_').append(criteria.from()).append("_to_").append(criteria.to())
                .append("_as-at_").append(criteria.asAt() != null ? criteria.asAt() : today);
        if (criteria.localAuthority() != null) {
            name.append('_').append(slug(criteria.localAuthority().name()));
        }
        if (criteria.providerOrganisation() != null) {
            name.append('_').append(slug(criteria.providerOrganisation()));
        }
        if (criteria.fundingStream() != null) {
            name.append('_').append(slug(criteria.fundingStream().name()));
        }
        return name.append('.').append(format.extension()).toString();
    }

    /** Lower case letters, digits and hyphens only: safe in any file system and in a header. */
    public static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
    }
}
