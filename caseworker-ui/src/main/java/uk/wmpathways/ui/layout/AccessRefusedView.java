package uk.wmpathways.ui.layout;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "You may not open this page" where Vaadin's access check says the page is refused rather than not found. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessRefusedView extends PageNotShown implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return refused();
    }
}
