package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.platform.Cursor;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.Occupation;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** The participant list's query parameters, read as text and checked into a {@link Filter}, or a named 400. */
public class ParticipantListParams {

    private static final Pattern REGION_PREFIX = Pattern.compile(ParticipantApi.REGION_PREFIX);

    @QueryParam("status")
    String status;

    @QueryParam("occupation")
    String occupation;

    @QueryParam("regionCode")
    String regionCode;

    @QueryParam("limit")
    String limit;

    @QueryParam("cursor")
    String cursor;

    /** Which participants, how many, after which id. */
    public record Filter(MembershipStatus status, Occupation occupation, String regionCode, int limit, UUID after) {
    }

    Filter filter() {
        List<FieldError> errors = new ArrayList<>();
        MembershipStatus statusFilter = QueryParams.enumValue(MembershipStatus.class, "status", status, null, errors);
        Occupation occupationFilter = QueryParams.enumValue(Occupation.class, "occupation", occupation, null, errors);
        if (regionCode != null && !REGION_PREFIX.matcher(regionCode).matches()) {
            errors.add(new FieldError("regionCode", "INVALID_FORMAT",
                    "must be a Kemendagri code or its prefix, e.g. 32.16 or 32.16.20"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new Filter(statusFilter, occupationFilter, regionCode, Cursor.limit(limit), Cursor.decode(cursor));
    }
}
