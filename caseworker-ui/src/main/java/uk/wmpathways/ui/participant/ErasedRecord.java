package uk.wmpathways.ui.participant;

import com.vaadin.flow.component.html.Paragraph;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Erasure;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.casework.Directory;

/** The words an erased record is shown with: when, on which ground, by whom; what it means now. */
final class ErasedRecord {

    static final String TITLE = "Erased record";

    private ErasedRecord() {
    }

    static Paragraph notice(Erasure erasure, Directory directory) {
        Paragraph notice = new Paragraph("This record was erased on " + UkFormats.date(UkTime.dayOf(erasure.erasedAt()))
                + " by " + directory.displayNameOf(erasure.erasedBy()) + ". Ground: " + erasure.ground().label()
                + ". The person's details can no longer be read and nothing more can be recorded about them; the "
                + "dates and steps of their support are still counted in the reports.");
        notice.setId("record-erased");
        notice.addClassName("pathways-erased");
        return notice;
    }
}
