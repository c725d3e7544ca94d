package uk.wmpathways.ui.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * {@code lang="en-GB"} on every page, so that screen readers speak British English (WCAG 3.1.1); Vaadin would
 * otherwise take the language of the browser's request.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    static final String LANGUAGE = "en-GB";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().getElementsByTag("html").attr("lang", LANGUAGE));
    }
}
