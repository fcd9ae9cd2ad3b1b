package id.go.bekasikab.bpu.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.bekasikab.bpu.support.Rows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Readiness says whether the database answers, not whether the pool has a connection free (issue #11). */
@QuarkusTest
class ReadinessTest {

    @Inject
    AgroalDataSource pool;

    @Inject
    Rows rows;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    private static io.restassured.response.ValidatableResponse readiness() {
        return given().port(KubernetesManifestTest.MANAGEMENT_TEST_PORT).get("/q/health/ready").then();
    }

    @Test
    void aReplicaWhosePoolIsFullyInUseStaysReady() throws Exception {
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                taken.add(pool.getConnection());
            }
            readiness().statusCode(200).body("checks.find { it.name == 'database' }.status", equalTo("UP"));
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }

    @Test
    void aProbeWhoseConnectionWasKilledReconnectsAtOnce() {
        readiness().statusCode(200);
        rows.count("select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity"
                + " where application_name = 'bpu-readiness') killed");
        readiness().statusCode(200).body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }
}
