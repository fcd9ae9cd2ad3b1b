package id.go.bekasikab.bpu.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** /q/openapi serves the contract in openapi/, not a document generated from the code. */
@QuarkusTest
class ContractServedTest {

    @Test
    void theServedDocumentHasTheContractsPathsAndErrorCodes() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode contract = yaml.readTree(Path.of("openapi", "bpu-api.yaml").toFile());
        JsonNode served = yaml.readTree(given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString());

        assertEquals(names(contract.get("paths")), names(served.get("paths")));
        assertEquals(contract.at("/components/schemas/ProblemCode/enum"), served.at("/components/schemas/ProblemCode/enum"));
        assertEquals(contract.at("/info/title"), served.at("/info/title"));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
