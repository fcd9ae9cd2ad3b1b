package id.go.bekasikab.bpu.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.nio.file.Path;
import java.util.Map;

/** RestAssured filters that check every request and response against openapi/bpu-api.yaml. */
public final class Contract {

    public static final String SPEC = Path.of("openapi", "bpu-api.yaml").toAbsolutePath().toUri().toString();

    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC).build());

    // Hostile requests break the contract on purpose; their responses still must not
    private static final OpenApiInteractionValidator RESPONSE_VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(SPEC)
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build())
            .build();
    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(RESPONSE_VALIDATOR);

    private Contract() {
    }

    /** Requests and responses must both match the contract. */
    public static OpenApiValidationFilter validated() {
        return STRICT;
    }

    /** The contract's complaints about a response that did not come through RestAssured (curl, say); none if it fits. */
    public static ValidationReport checkResponse(String method, String path, int status, Map<String, String> headers,
                                                 String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(body);
        headers.forEach(response::withHeader);
        return RESPONSE_VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response.build());
    }

    /** The request may break the contract (it is a test of bad input); the response must match it. */
    public static OpenApiValidationFilter responsesOnly() {
        return RESPONSES_ONLY;
    }
}
