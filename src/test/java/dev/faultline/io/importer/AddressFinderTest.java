package dev.faultline.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AddressFinderTest {
    private final AddressFinder finder = new AddressFinder();

    private List<String> hosts(String value) {
        return finder.find(value).stream().map(AddressFinder.Address::host).toList();
    }

    @Test
    void bareNamesAndHostPort() {
        assertEquals(List.of("rabbitmq"), hosts("rabbitmq"));
        assertEquals(List.of("user-db"), hosts("user-db:27017"));
    }

    @Test
    void urlsGiveTheirHostOnly() {
        assertEquals(List.of("db"), hosts("postgres://user:secret@db:5432/orders"));
        assertEquals(List.of("basket-api"), hosts("http://basket-api:81"));
        // a path segment that equals a service name is not a reference
        assertEquals(List.of("gateway"), hosts("http://gateway/api/cart"));
    }

    @Test
    void connectionStrings() {
        assertTrue(hosts("Server=sqldata;Database=Microsoft.eShop;User Id=sa;Password=Pass@word").contains("sqldata"));
        assertTrue(hosts("host=postgresql user=otelu password=otelp dbname=otel").contains("postgresql"));
        assertTrue(hosts("Data Source=mssql,1433;Initial Catalog=x").contains("mssql"));
    }

    @Test
    void listsAndListenerForms() {
        assertEquals(List.of("k1", "k2"), hosts("k1:9092,k2:9092"));
        assertTrue(hosts("PLAINTEXT://kafka:9092").contains("kafka"));
        assertTrue(hosts("1@kafka:9093").contains("kafka"));
    }

    @Test
    void ipAddressesNumbersAndJvmFlagsAreNotHosts() {
        assertEquals(List.of(), hosts("http://0.0.0.0:80"));
        assertEquals(List.of(), hosts("5432"));
        assertEquals(List.of(), hosts("-Xms64m -Djava.security.egd=file:/dev/urandom"));
    }

    @Test
    void healthCheckPathsAreMarked() {
        assertTrue(finder.find("http://catalog-api/hc").get(0).healthCheckPath());
        assertFalse(finder.find("http://catalog-api/api/v1").get(0).healthCheckPath());
    }

    @Test
    void commandsCountOnlyClearAddresses() {
        List<String> found = finder.findInCommand(List.of("-d", "60", "-h", "edge-router")).stream()
                .map(AddressFinder.Address::host).toList();
        assertTrue(found.contains("edge-router"));
        List<String> prose = finder.findInCommand(List.of("echo", "Pinging", "frontend:", "now")).stream()
                .map(AddressFinder.Address::host).toList();
        assertEquals(List.of(), prose);
        List<String> option = finder.findInCommand(List.of("--redis=cache:6379")).stream()
                .map(AddressFinder.Address::host).toList();
        assertEquals(List.of("cache"), option);
    }
}
