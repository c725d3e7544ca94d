package uk.wmpathways.caseservice.api.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

final class ServedLists {

    private ServedLists() {
    }

    static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
        List<E> sorted = values == null ? new ArrayList<>() : new ArrayList<>(values);
        sorted.sort(null);
        return sorted;
    }
}
