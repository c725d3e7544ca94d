package uk.wmpathways.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/** Server push keeps open lists current; styles come from a static stylesheet (no custom frontend bundle). */
@Push
@StyleSheet("context://styles/pathways.css")
public class AppShell implements AppShellConfigurator {
}
