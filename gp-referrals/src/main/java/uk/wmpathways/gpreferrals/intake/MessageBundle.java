package uk.wmpathways.gpreferrals.intake;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import uk.wmpathways.gpreferrals.fhir.FhirPaths;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A bundle as sent, with its entries found by position (for paths) and by the references between them. */
public final class MessageBundle {

    private final Bundle bundle;

    public MessageBundle(Bundle bundle) {
        this.bundle = bundle;
    }

    /** A resource of the bundle and where it is ({@code Bundle.entry[i].resource}). */
    public record Entry<T extends Resource>(int index, T resource) {
        public String path() {
            return FhirPaths.entry(index);
        }
    }

    public Bundle bundle() {
        return bundle;
    }

    public Optional<Entry<Resource>> first() {
        return bundle.getEntry().isEmpty() || bundle.getEntryFirstRep().getResource() == null ? Optional.empty()
                : Optional.of(new Entry<>(0, bundle.getEntryFirstRep().getResource()));
    }

    public <T extends Resource> List<Entry<T>> all(Class<T> type) {
        List<Entry<T>> found = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource resource = bundle.getEntry().get(i).getResource();
            if (type.isInstance(resource)) {
                found.add(new Entry<>(i, type.cast(resource)));
            }
        }
        return found;
    }

    /** The entry a reference points at: by its {@code fullUrl}, or by {@code Type/id}. */
    public Optional<Entry<Resource>> resolve(Reference reference) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        String target = reference.getReference();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            boolean byFullUrl = target.equals(entry.getFullUrl());
            boolean byTypeAndId = resource.hasIdElement()
                    && target.equals(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
            if (byFullUrl || byTypeAndId) {
                return Optional.of(new Entry<>(i, resource));
            }
        }
        return Optional.empty();
    }

    public <T extends Resource> Optional<Entry<T>> resolve(Reference reference, Class<T> type) {
        return resolve(reference).filter(entry -> type.isInstance(entry.resource()))
                .map(entry -> new Entry<>(entry.index(), type.cast(entry.resource())));
    }
}
