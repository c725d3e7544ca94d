package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document a query answered with is the version it read, however the document is updated afterwards (the
 * connection encodes it after the collection's lock is released): updates change a copy and store that. A query
 * naming an {@code _id} with other conditions answers as a scan would.
 */
class EmbeddedH2CollectionTest {

    private final MongoCollection<Object> collection = FormattedH2Database
            .open("db", new MVStore.Builder().autoCommitDisabled().open(), new CursorRegistry())
            .createCollectionOrThrowIfExists("people", CollectionOptions.withDefaults());

    @Test
    void anUpdateByKeyLeavesTheDocumentAQueryAnsweredWithAsItWas() {
        collection.addDocument(person("p1", "Robin", new Document("town", "Walsall")));
        Document answered = only(new Document("_id", "p1"));

        update(new Document("_id", "p1"), new Document("$set", new Document("name", "Sam").append("address.town",
                "Dudley")), false);

        assertThat(answered).isEqualTo(person("p1", "Robin", new Document("town", "Walsall")));
        assertThat(only(new Document("_id", "p1"))).isEqualTo(person("p1", "Sam", new Document("town", "Dudley")));
    }

    @Test
    void anUpdateFoundByAScanLeavesTheDocumentsAQueryAnsweredWithAsTheyWere() {
        collection.addDocument(person("p1", "Robin", new Document("town", "Walsall")));
        collection.addDocument(person("p2", "Robin", new Document("town", "Sandwell")));
        List<Document> answered = list(new Document("name", "Robin"));

        update(new Document("name", "Robin"), new Document("$set", new Document("name", "Sam")), true);

        assertThat(answered).extracting(document -> document.get("name")).containsExactly("Robin", "Robin");
        assertThat(list(new Document("name", "Sam"))).hasSize(2);
        assertThat(list(new Document("name", "Robin"))).isEmpty();
    }

    @Test
    void findAndModifyLeavesTheDocumentAQueryAnsweredWithAsItWas() {
        collection.addDocument(person("p1", "Robin", new Document("town", "Walsall")));
        Document answered = only(new Document("_id", "p1"));

        Document after = collection.findAndModify(new Document("query", new Document("_id", "p1"))
                .append("update", new Document("$set", new Document("name", "Sam"))).append("new", true));

        assertThat(answered.get("name")).isEqualTo("Robin");
        assertThat(((Document) after.get("value")).get("name")).isEqualTo("Sam");
        assertThat(only(new Document("_id", "p1")).get("name")).isEqualTo("Sam");
    }

    @Test
    void aQueryNamingAnIdWithOtherConditionsFindsTheDocumentOnlyWhenItMatchesThemAll() {
        collection.addDocument(person("p1", "Robin", new Document("town", "Walsall")).append("lastSequence", 4L));
        collection.addDocument(person("p2", "Robin", new Document("town", "Sandwell")).append("lastSequence", 9L));

        assertThat(list(new Document("_id", "p1").append("lastSequence", new Document("$lt", 5L))))
                .extracting(document -> document.get("_id")).containsExactly("p1");
        assertThat(list(new Document("_id", "p2").append("lastSequence", new Document("$lt", 5L)))).isEmpty();
        assertThat(list(new Document("_id", "p3").append("name", "Robin"))).isEmpty();
        assertThat(list(new Document("_id", new Document("$in", List.of("p1", "p2"))).append("name", "Robin")))
                .as("an operator on _id is left to mongo-java-server").hasSize(2);
        assertThat(list(new Document("_id", new de.bwaldvogel.mongo.bson.BsonRegularExpression("^p", "")).append("name", "Robin")))
                .as("so is a regular expression").hasSize(2);

        update(new Document("_id", "p2").append("lastSequence", new Document("$lt", 5L)),
                new Document("$set", new Document("name", "Sam")), false);
        update(new Document("_id", "p1").append("lastSequence", new Document("$lt", 5L)),
                new Document("$set", new Document("name", "Sam")), false);
        assertThat(only(new Document("_id", "p1")).get("name")).isEqualTo("Sam");
        assertThat(only(new Document("_id", "p2")).get("name")).as("already applied: unchanged").isEqualTo("Robin");
    }

    private void update(Document selector, Document update, boolean multi) {
        collection.updateDocuments(selector, update, ArrayFilters.empty(), multi, false, NoopOplog.get());
    }

    private Document only(Document query) {
        List<Document> found = list(query);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<Document> list(Document query) {
        List<Document> found = new ArrayList<>();
        collection.handleQuery(query).forEach(found::add);
        return found;
    }

    private static Document person(String id, String name, Document address) {
        return new Document("_id", id).append("name", name).append("address", address);
    }
}
