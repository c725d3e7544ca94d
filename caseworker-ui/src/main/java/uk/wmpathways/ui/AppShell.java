package uk.wmpathways.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/** Server push keeps open lists current. */
@Push
public class AppShell implements AppShellConfigurator {
}
