package id.go.bekasikab.bpu.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract check every API test runs on every response fails on formats and patterns too, not only on shape
 * (issue #19): a payer whose email, id, timestamp or region code breaks the contract is an error.
 */
class ContractFormatsTest {

    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForSpecificationUrl(Contract.SPEC).build();

    @ParameterizedTest(name = "{0} = {1} breaks the contract")
    @CsvSource({"email, ''", "email, not-an-email", "id, not-a-uuid", "createdAt, 2026-13-45T99:00:00Z",
            "regionCode, 32-16"})
    void aResponseBreakingAFormatOrPatternFailsTheCheck(String field, String value) {
        String id = field.equals("id") ? value : "01900000-0000-7000-8000-000000000000";
        String email = field.equals("email") ? value : "desa@bekasikab.go.id";
        String at = field.equals("createdAt") ? value : "2026-01-01T00:00:00Z";
        String region = field.equals("regionCode") ? value : "32.16";
        String body = "{\"id\":\"" + id + "\",\"type\":\"WADAH\",\"fundingSource\":\"PRIVATE\",\"name\":\"Paguyuban\","
                + "\"regionCode\":\"" + region + "\",\"contact\":{\"email\":\"" + email + "\"},\"createdAt\":\"" + at + "\"}";
        ValidationReport report = VALIDATOR.validateResponse("/v1/payers/01900000-0000-7000-8000-000000000000",
                Request.Method.GET, SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
        assertTrue(report.hasErrors(), field + " " + value + " passed: " + report.getMessages());
    }
}
