package uk.wmpathways.ui.casework;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;
import uk.wmpathways.ui.UkFormats;

import java.util.List;

/**
 * Things recorded, in plain words, each with the date it happened and who recorded it when:
 * "Tenancy started at 4 Elm Road (social landlord) — recorded by Casey Worker on 02/03/2026 14:05".
 */
public class TimelineList extends Div {

    public TimelineList(String id, List<TimelineEntry> entries, Directory directory, boolean showPathway) {
        setId(id);
        addClassName("pathways-timeline");
        if (entries.isEmpty()) {
            add(new Paragraph("Nothing recorded yet."));
        }
        for (TimelineEntry entry : entries) {
            add(entry(entry, directory, showPathway));
        }
    }

    /** The words of one entry after its date, as shown. */
    public static String sentence(TimelineEntry entry, Directory directory) {
        return entry.text() + " — recorded by " + directory.displayNameOf(entry.recordedBy())
                + " on " + UkFormats.dateTime(entry.recordedAt());
    }

    private static Div entry(TimelineEntry entry, Directory directory, boolean showPathway) {
        Div row = new Div();
        row.addClassName("pathways-timeline-entry");
        Span date = new Span(UkFormats.date(entry.occurredOn()));
        date.addClassName("pathways-timeline-date");
        row.add(date);
        if (showPathway) {
            Span pathway = new Span(entry.pathway() == null ? "" : entry.pathway().shortName());
            pathway.addClassName("pathways-timeline-pathway");
            row.add(pathway);
        }
        Span text = new Span(sentence(entry, directory));
        text.addClassName("pathways-timeline-text");
        row.add(text);
        return row;
    }
}
