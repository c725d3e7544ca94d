package uk.wmpathways.ui.casework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** A list of terms and their values (an HTML {@code dl}); text is set as text, never as HTML. */
@Tag("dl")
public class DetailsList extends HtmlContainer {

    @Tag("dt")
    private static final class Term extends HtmlContainer {
    }

    @Tag("dd")
    private static final class Value extends HtmlContainer {
    }

    public DetailsList() {
        addClassName("pathways-details");
    }

    /** Adds a term and its value; the value's element gets {@code id} when it is not null. */
    public DetailsList add(String term, String value, String id) {
        Term dt = new Term();
        dt.setText(term);
        Value dd = new Value();
        dd.setText(value);
        if (id != null) {
            dd.setId(id);
        }
        add(dt, dd);
        return this;
    }

    public DetailsList add(String term, String value) {
        return add(term, value, null);
    }

    public DetailsList add(String term, Component value) {
        Term dt = new Term();
        dt.setText(term);
        Value dd = new Value();
        dd.add(value);
        add(dt, dd);
        return this;
    }
}
