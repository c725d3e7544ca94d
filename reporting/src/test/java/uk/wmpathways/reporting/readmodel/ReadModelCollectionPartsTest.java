package uk.wmpathways.reporting.readmodel;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A read model of several collections (parts) is rebuilt, swapped and dropped as one set. */
@SpringBootTest
class ReadModelCollectionPartsTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelCollections collections;

    private void write(String collection) {
        mongo.getCollection(collection).insertOne(new Document("_id", "x"));
    }

    @Test
    void partsFollowTheirReadModelThroughRebuildsAndTheSetBeforeThePreviousOneIsDropped() throws InterruptedException {
        String model = "parts" + UUID.randomUUID().toString().replace("-", "");
        assertThat(collections.live(model, "a")).isEqualTo(model + "__a");
        write(collections.live(model, "a"));
        write(collections.live(model, "b"));
        String unrelated = model + "_other";
        write(unrelated);

        collections.beginRebuild(model);
        assertThat(collections.target(model, "a")).isNotEqualTo(collections.live(model, "a"))
                .startsWith(collections.target(model) + "__");
        write(collections.target(model, "a"));
        collections.completeRebuild(model);
        String rebuilt = collections.live(model);
        assertThat(mongo.collectionExists(model + "__a")).as("the replaced set is kept until the next rebuild").isTrue();
        Thread.sleep(5); // the next rebuild's collections are named by the clock's milliseconds

        collections.beginRebuild(model);

        assertThat(mongo.collectionExists(model + "__a")).isFalse();
        assertThat(mongo.collectionExists(model + "__b")).isFalse();
        assertThat(mongo.collectionExists(unrelated)).isTrue();
        assertThat(mongo.collectionExists(rebuilt + "__a")).as("the live set").isTrue();
        collections.completeRebuild(model);
    }

    @Test
    void droppingTheTargetPartsLeavesOtherReadModelsAlone() {
        String model = "parts" + UUID.randomUUID().toString().replace("-", "");
        write(collections.target(model, "a"));
        write(collections.target(model, "b"));
        write(model + "x__a");

        collections.dropTargetParts(model);

        assertThat(mongo.collectionExists(model + "__a")).isFalse();
        assertThat(mongo.collectionExists(model + "__b")).isFalse();
        assertThat(mongo.collectionExists(model + "x__a")).isTrue();
    }
}
