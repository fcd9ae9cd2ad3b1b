package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.platform.Cursor;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.rules.ClaimStatus;
import id.go.bekasikab.bpu.rules.Programme;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The claim list's query parameters, read as text and checked into a {@link Filter}, or a named 400. */
public class ClaimListParams {

    @QueryParam("status")
    String status;

    @QueryParam("programme")
    String programme;

    @QueryParam("slaBreached")
    String slaBreached;

    @QueryParam("limit")
    String limit;

    @QueryParam("cursor")
    String cursor;

    /** Which claims (null: any), how many, after which id. */
    public record Filter(ClaimStatus status, Programme programme, Boolean slaBreached, int limit, UUID after) {
    }

    Filter filter() {
        List<FieldError> errors = new ArrayList<>();
        ClaimStatus statusFilter = QueryParams.enumValue(ClaimStatus.class, "status", status, null, errors);
        Programme programmeFilter = QueryParams.enumValue(Programme.class, "programme", programme, null, errors);
        Boolean breached = null;
        if (slaBreached != null) {
            if (!slaBreached.equals("true") && !slaBreached.equals("false")) {
                errors.add(new FieldError("slaBreached", "WRONG_TYPE", "true or false"));
            } else {
                breached = Boolean.valueOf(slaBreached);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new Filter(statusFilter, programmeFilter, breached, Cursor.limit(limit), Cursor.decode(cursor));
    }
}
