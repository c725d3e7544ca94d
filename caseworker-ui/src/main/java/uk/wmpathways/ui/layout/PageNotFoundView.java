package uk.wmpathways.ui.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Page not found", or "You may not open this page" when the address is a page: Vaadin's access check reports a
 * page the signed-in role may not open as not found.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends PageNotShown implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        boolean aPage = event.getSource().getRegistry().getNavigationTarget(event.getLocation().getPath())
                .isPresent();
        return aPage ? refused() : notFound();
    }
}
