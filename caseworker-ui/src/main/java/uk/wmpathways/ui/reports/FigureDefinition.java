package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import uk.wmpathways.reporting.api.Definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a dashboard figure counts, in the report's own words ({@link Definition}), behind a small "What this
 * counts" toggle beside the figure, so that the figure stays readable and its definition is one click away. Its
 * id is {@code <figure id>-definition}.
 */
final class FigureDefinition {

    private FigureDefinition() {
    }

    /** The toggle for the figure defined by {@code key}; empty when the answer named no definition. */
    static Optional<Component> of(String figureId, String key) {
        return byKey(key).map(definition -> {
            Paragraph words = new Paragraph(definition.words());
            words.addClassName("pathways-figure-definition-words");
            Details details = new Details(new Span("What this counts"), words);
            details.setId(figureId + "-definition");
            details.addThemeVariants(DetailsVariant.SMALL);
            details.addClassName("pathways-figure-definition");
            return details;
        });
    }

    /** One toggle with what every figure of a table counts, for a table of several figures (funding). */
    static Component glossary(String tableId, Definition.Report report) {
        UnorderedList list = new UnorderedList();
        Definition.glossary(report).values().forEach(text -> list.add(new ListItem(text.label() + ": " + text.words())));
        Details details = new Details(new Span("What these columns count"), list);
        details.setId(tableId + "-definitions");
        details.addThemeVariants(DetailsVariant.SMALL);
        details.addClassName("pathways-figure-definition");
        return details;
    }

    static Optional<Definition> byKey(String key) {
        return key == null ? Optional.empty()
                : Arrays.stream(Definition.values()).filter(definition -> definition.key().equals(key)).findFirst();
    }
}
