package uk.wmpathways.reporting.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.util.HtmlUtils;
import uk.wmpathways.infra.time.UkTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The export as a page for the person, in plain words: who they are, their support (the timeline's sentences),
 * who looked at their record and what they agreed to. Made from the JSON export only, so the two cannot
 * disagree; every value is escaped ({@link HtmlUtils}), since all of it was typed by someone.
 */
final class SubjectAccessHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final Set<String> INTERNAL = Set.of("_id", "_class", "searchName", "sortKey", "lastSequence");

    private final StringBuilder html = new StringBuilder();

    private SubjectAccessHtml() {
    }

    static String render(JsonNode export) {
        return new SubjectAccessHtml().page(export);
    }

    private String page(JsonNode export) {
        JsonNode models = export.path("readModels");
        html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<title>What we hold about you</title></head><body>")
                .append("<h1>What we hold about you</h1>");
        paragraph("This is everything Pathways holds about you, produced on "
                + dayTime(export.path("request").path("producedAt").asText()) + " for request "
                + export.path("request").path("requestId").asText() + ". The same information, with every record "
                + "in full, is in the file that comes with this page.");
        whoYouAre(models.path("participant"), export.path("erased"));
        yourSupport(models.path("enrolments"), models.path("timeline"), export.path("events"),
                export.path("reviewBeforeRelease"));
        whoLooked(export.path("accessLog"));
        whatYouAgreedTo(export.path("events"), models.path("participant"));
        return html.append("</body></html>").toString();
    }

    private void whoYouAre(JsonNode participant, JsonNode erased) {
        heading("Who you are");
        if (erased.isTextual()) {
            paragraph("Your record was erased on " + erased.asText().substring(0, 10)
                    + ". What we held about who you are, and what we wrote about you, can no longer be read by anyone;"
                    + " only the dates and steps of the support you had are kept, for the programme's counts.");
        }
        if (participant.isEmpty()) {
            paragraph("We hold no details of who you are.");
            return;
        }
        html.append("<dl>");
        for (Iterator<Map.Entry<String, JsonNode>> fields = participant.get(0).fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!INTERNAL.contains(field.getKey()) && !field.getValue().isNull()) {
                html.append("<dt>").append(escape(words(field.getKey()))).append("</dt><dd>")
                        .append(escape(value(field.getValue()))).append("</dd>");
            }
        }
        html.append("</dl>");
    }

    private void yourSupport(JsonNode enrolments, JsonNode timeline, JsonNode events, JsonNode flags) {
        heading("Your support");
        if (enrolments.isEmpty()) {
            paragraph("You have not been supported on any programme.");
        }
        html.append("<ul>");
        for (JsonNode enrolment : enrolments) {
            html.append("<li>").append(escape(words(enrolment.path("pathway").asText())))
                    .append(enrolment.path("startedOn").isTextual()
                            ? ", from " + escape(day(enrolment.path("startedOn").asText())) : "")
                    .append(", with ").append(escape(enrolment.path("providerOrganisation").asText()))
                    .append(enrolment.path("active").asBoolean() ? " (still open)" : " (closed)").append("</li>");
        }
        html.append("</ul><h3>What was recorded</h3><ol>");
        List<JsonNode> entries = new ArrayList<>(StreamSupport.stream(timeline.spliterator(), false).toList());
        entries.sort(Comparator.comparing((JsonNode entry) -> entry.path("occurredOn").asText())
                .thenComparingLong(entry -> entry.path("globalPosition").asLong()));
        for (JsonNode entry : entries) {
            html.append("<li>").append(escape(day(entry.path("occurredOn").asText()))).append(": ")
                    .append(escape(entry.path("text").asText()));
            if (entry.path("recordedBy").isTextual()) {
                html.append(" <small>(recorded by ").append(escape(entry.path("recordedBy").asText()))
                        .append(")</small>");
            }
            html.append("</li>");
        }
        html.append("</ol>");
        notes(events, flags);
    }

    /** The caseworkers' own words, each marked for the data protection officer's review before release. */
    private void notes(JsonNode events, JsonNode flags) {
        if (flags.isEmpty()) {
            return;
        }
        html.append("<h3>Notes written about you</h3><ul class=\"review\">");
        for (JsonNode flag : flags) {
            String text = noteText(events, flag);
            html.append("<li>").append(escape(text)).append(" <strong class=\"flag\">[Review before release: ")
                    .append(escape(reasons(flag.path("reasons")))).append("]</strong></li>");
        }
        html.append("</ul>");
    }

    private static String noteText(JsonNode events, JsonNode flag) {
        for (JsonNode event : events) {
            if (event.path("aggregateId").asText().equals(flag.path("aggregateId").asText())
                    && event.path("sequenceNumber").asLong() == flag.path("sequenceNumber").asLong()) {
                JsonNode node = event.path("payload");
                for (String part : flag.path("path").asText().split("\\.")) {
                    node = node.path(part);
                }
                return node.asText();
            }
        }
        return "";
    }

    private static String reasons(JsonNode reasons) {
        List<String> words = new ArrayList<>();
        reasons.forEach(reason -> words.add(words(reason.asText()).toLowerCase(Locale.UK)));
        return String.join(", ", words);
    }

    private void whoLooked(JsonNode accessLog) {
        heading("Who looked at your record");
        if (accessLog.isEmpty()) {
            paragraph("Nobody has looked at your record.");
            return;
        }
        html.append("<table><thead><tr><th>When</th><th>Who</th><th>Organisation</th><th>What</th><th>Why</th>")
                .append("</tr></thead><tbody>");
        for (JsonNode row : accessLog) {
            html.append("<tr><td>").append(escape(dayTime(row.path("at").asText()))).append("</td><td>")
                    .append(escape(row.path("username").asText())).append("</td><td>")
                    .append(escape(row.path("organisation").asText(""))).append("</td><td>")
                    .append(escape(words(row.path("action").asText()))).append("</td><td>")
                    .append(escape(words(row.path("purpose").asText()))
                            + (row.path("reason").isTextual() ? ": " + escape(row.path("reason").asText()) : ""))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    /** Consents and lawful bases, from whichever events and fields record them. */
    private void whatYouAgreedTo(JsonNode events, JsonNode participant) {
        heading("What you agreed to");
        html.append("<ul>");
        int shown = 0;
        for (JsonNode event : events) {
            String type = event.path("type").asText();
            if (type.contains("Consent") || type.contains("LawfulBasis")) {
                html.append("<li>").append(escape(words(type))).append(" on ")
                        .append(escape(dayTime(event.path("timestamp").asText()))).append(": ")
                        .append(escape(fields(event.path("payload")))).append("</li>");
                shown++;
            }
        }
        if (!participant.isEmpty()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = participant.get(0).fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey().toLowerCase(Locale.ROOT);
                if ((name.contains("consent") || name.contains("lawfulbasis")) && !field.getValue().isNull()) {
                    html.append("<li>").append(escape(words(field.getKey()))).append(": ")
                            .append(escape(value(field.getValue()))).append("</li>");
                    shown++;
                }
            }
        }
        html.append("</ul>");
        if (shown == 0) {
            paragraph("Nothing is recorded about what you agreed to.");
        }
    }

    private static String fields(JsonNode payload) {
        List<String> parts = new ArrayList<>();
        payload.fields().forEachRemaining(field -> parts.add(words(field.getKey()) + ": " + value(field.getValue())));
        return String.join("; ", parts);
    }

    private static String value(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** "dateOfBirth" and "HOUSING_FIRST" as "Date of birth" and "Housing first". */
    static String words(String name) {
        String spaced = name.contains("_") ? name.replace('_', ' ').toLowerCase(Locale.UK)
                : name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.UK);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String day(String isoDate) {
        try {
            return LocalDate.parse(isoDate.length() > 10 ? isoDate.substring(0, 10) : isoDate).format(DAY);
        } catch (RuntimeException notADate) {
            return isoDate;
        }
    }

    private static String dayTime(String isoInstant) {
        try {
            return Instant.parse(isoInstant).atZone(UkTime.ZONE).format(DAY_TIME);
        } catch (RuntimeException notAnInstant) {
            return isoInstant;
        }
    }

    private void heading(String text) {
        html.append("<h2>").append(escape(text)).append("</h2>");
    }

    private void paragraph(String text) {
        html.append("<p>").append(escape(text)).append("</p>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
