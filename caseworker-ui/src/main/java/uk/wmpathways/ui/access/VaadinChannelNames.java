package uk.wmpathways.ui.access;

import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.access.ChannelNames;

import java.util.Optional;

/** For the access log: the browser view a request came from ("UI participants/…"). */
@Component
class VaadinChannelNames implements ChannelNames {

    @Override
    public Optional<String> current() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ui.getInternals().getActiveViewLocation()).map(location -> location.getPath());
    }
}
