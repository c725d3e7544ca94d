package uk.wmpathways.ui.grid;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Grids whose rows are links, for a thumb on a phone as for a mouse. The first cell holds a real link (reached by Tab,
 * followed with Enter) and a click anywhere else on the row follows it too. On a narrow screen the columns marked
 * {@linkplain #wideOnly wide only} are hidden and the link shows, under the name, the one or two facts that matter: one
 * card a row, nothing off-screen, no sideways scrolling.
 */
public final class LinkRows {

    /** The same width as the style sheet's narrow-screen rules (pathways.css). */
    public static final String NARROW_SCREEN = "(max-width: 640px)";

    private static final String WIDE_ONLY = "data-wide-only";
    private static final String ROW_LINK = "data-row-link";

    /** Hides the wide-only columns while the screen is narrow; in the browser, so a phone waits for no server. */
    private static final String FOLLOW_SCREEN_WIDTH = """
            const grid = this;
            if (!grid.$pathwaysFitWidth) {
                const narrow = window.matchMedia($0);
                grid.$pathwaysFitWidth = () => {
                    grid.querySelectorAll('vaadin-grid-column[data-wide-only]').forEach(c => c.hidden = narrow.matches);
                    // sized to its text the card would be as wide as its facts unwrapped, wider than a phone
                    grid.querySelectorAll('vaadin-grid-column[data-row-link]').forEach(c => {
                        c.autoWidth = !narrow.matches;
                        if (narrow.matches) { c.width = '8em'; }
                    });
                    grid.recalculateColumnWidths && grid.recalculateColumnWidths();
                };
                narrow.addEventListener('change', grid.$pathwaysFitWidth);
            }
            grid.$pathwaysFitWidth();
            """;

    private LinkRows() {
    }

    /**
     * Adds the link column first, with the link {@code linkTo} gives (its text is replaced by {@code title}, and, on
     * a narrow screen only, {@code facts}), and makes a click on the rest of the row follow it. A row {@code linkTo}
     * gives no link for (null) has nothing to open: it shows the same card, not as a link.
     */
    public static <T> Grid.Column<T> addLinkColumn(Grid<T> grid, String header, Function<T, RouterLink> linkTo,
                                                   Function<T, String> title, Function<T, List<String>> facts) {
        Grid.Column<T> column = grid.addComponentColumn(item -> card(linkTo.apply(item), title.apply(item),
                        facts.apply(item)))
                .setHeader(header).setAutoWidth(true).setFlexGrow(1);
        column.getElement().setAttribute(ROW_LINK, "");
        grid.addItemClickListener(click -> {
            RouterLink link = linkTo.apply(click.getItem());
            // a click on the link itself is the link's to follow: following it twice would show the page twice
            if (click.getColumn() != column && link != null) {
                follow(grid, link);
            }
        });
        followScreenWidth(grid);
        return column;
    }

    /** Columns shown on a wide screen only: on a phone their facts are in the link column's card. */
    @SafeVarargs
    public static <T> void wideOnly(Grid.Column<T>... columns) {
        for (Grid.Column<T> column : columns) {
            column.getElement().setAttribute(WIDE_ONLY, "");
        }
    }

    /**
     * Hides the grid's wide-only columns whenever the screen is narrow, from the moment it is shown; and lets a row
     * link in the first column fill its cell's height (pathways.css), where another cell of the row is taller.
     */
    public static void followScreenWidth(Grid<?> grid) {
        grid.addClassName("pathways-link-rows");
        grid.addAttachListener(attach -> fitWidth(grid));
    }

    /** Facts shown under a row's name on a narrow screen only (where their columns are hidden). */
    public static Span phoneFacts(List<String> facts) {
        Span line = new Span(String.join(" · ", facts.stream().filter(Objects::nonNull)
                .filter(fact -> !fact.isBlank()).toList()));
        line.addClassName("pathways-row-facts");
        return line;
    }

    /** After a wide-only column was shown from the server (setVisible), hides it again if the screen is narrow. */
    public static void fitWidth(Grid<?> grid) {
        grid.getElement().executeJs(FOLLOW_SCREEN_WIDTH, NARROW_SCREEN);
    }

    private static Component card(RouterLink linkOrNull, String title, List<String> facts) {
        var card = linkOrNull == null ? new Div() : linkOrNull; // a Div or a RouterLink: both hold text and style
        card.getElement().removeAllChildren();
        card.addClassName(linkOrNull == null ? "pathways-row-card" : "pathways-row-link");
        Span name = new Span(title);
        name.addClassName("pathways-row-title");
        card.add(name);
        Span factsLine = phoneFacts(facts);
        if (!factsLine.getText().isEmpty()) {
            card.add(factsLine);
        }
        return card;
    }

    private static void follow(Grid<?> grid, RouterLink link) {
        String href = link.getHref();
        int query = href.indexOf('?');
        String path = query < 0 ? href : href.substring(0, query);
        grid.getUI().ifPresent(ui -> ui.navigate(path, link.getQueryParameters().orElse(QueryParameters.empty())));
    }
}
