package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.combobox.ComboBox;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.ui.casework.Directory;

import java.util.LinkedHashMap;
import java.util.Map;

/** Choosing a worker: the enabled caseworkers of one organisation, shown by name, chosen by username. */
final class Workers {

    private Workers() {
    }

    /** Offers the organisation's caseworkers other than {@code except} (may be null). */
    static void offer(ComboBox<String> field, Directory directory, String organisation, String except) {
        Map<String, String> names = new LinkedHashMap<>();
        for (UserAccount account : directory.caseworkersOf(organisation)) {
            if (!account.username().equals(except)) {
                names.put(account.username(), account.displayName());
            }
        }
        field.setItems(names.keySet());
        field.setItemLabelGenerator(username -> names.getOrDefault(username, username));
    }
}
