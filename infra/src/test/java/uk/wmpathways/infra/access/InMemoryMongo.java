package uk.wmpathways.infra.access;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.InetSocketAddress;

/** A throwaway in-memory MongoDB for tests of one class, without an application context. */
final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    final MongoTemplate template;

    InMemoryMongo() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        template = new MongoTemplate(client, "access_test");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
