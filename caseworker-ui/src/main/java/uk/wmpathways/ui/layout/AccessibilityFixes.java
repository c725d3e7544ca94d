package uk.wmpathways.ui.layout;

import com.vaadin.flow.component.Component;

/**
 * Work-arounds, in the browser, for what Vaadin's free components get wrong for assistive technology, in every page
 * and dialog at once rather than field by field.
 * <p>
 * A required Vaadin Select puts {@code aria-required} on its value button, which has {@code role=button}, where
 * ARIA does not allow it (axe-core: aria-allowed-attr, critical): screen readers may then ignore the button's other
 * attributes. The attribute moves to {@code aria-description="Required"}, which is allowed everywhere and read out
 * after the field's name; the label keeps its visible required marker.
 */
final class AccessibilityFixes {

    private static final String SCRIPT = """
            if (!window.pathwaysAccessibilityFixes) {
              window.pathwaysAccessibilityFixes = true;
              const fix = (root) => root.querySelectorAll('vaadin-select-value-button[aria-required]').forEach(button => {
                if (button.getAttribute('aria-required') === 'true') {
                  button.setAttribute('aria-description', 'Required');
                } else {
                  button.removeAttribute('aria-description');
                }
                button.removeAttribute('aria-required');
              });
              fix(document);
              new MutationObserver(() => fix(document)).observe(document.body,
                  { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-required'] });
            }
            """;

    private AccessibilityFixes() {
    }

    static void install(Component layout) {
        layout.addAttachListener(event -> event.getUI().getPage().executeJs(SCRIPT));
    }
}
