package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.Quote;
import id.go.bekasikab.bpu.contribution.QuoteService.QuoteRequest;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.platform.Roles;
import id.go.bekasikab.bpu.rules.Funding;
import id.go.bekasikab.bpu.rules.Occupation;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.ProgrammeSelection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Path("/v1/contribution-quotes")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private static final long MAX_QUOTE_INCOME = 1_000_000_000L;

    private final QuoteService service;
    private final Clock clock;

    QuoteResource(QuoteService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    @GET
    public Quote quote(@QueryParam("declaredIncome") String declaredIncome, @QueryParam("programmes") String programmes,
                       @QueryParam("occupation") String occupation, @QueryParam("funding") String funding,
                       @QueryParam("month") String month) {
        List<FieldError> errors = new ArrayList<>();
        long income = income(declaredIncome, errors);
        Set<Programme> chosen = programmes(programmes, errors);
        Occupation job = QueryParams.enumValue(Occupation.class, "occupation", occupation, Occupation.LAINNYA, errors);
        Funding payer = QueryParams.enumValue(Funding.class, "funding", funding, Funding.SELF, errors);
        YearMonth quoted = QueryParams.month("month", month, YearMonth.now(clock), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return service.quote(new QuoteRequest(income, chosen, job.sector(), payer, quoted));
    }

    private static long income(String declaredIncome, List<FieldError> errors) {
        if (declaredIncome == null) {
            errors.add(new FieldError("declaredIncome", "REQUIRED", "is required"));
            return 0;
        }
        try {
            long income = Long.parseLong(declaredIncome);
            if (income < 0 || income > MAX_QUOTE_INCOME) {
                errors.add(new FieldError("declaredIncome", "OUT_OF_RANGE", "must be 0 to 1000000000"));
            }
            return income;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("declaredIncome", "WRONG_TYPE", "must be a whole number of rupiah"));
            return 0;
        }
    }

    private static Set<Programme> programmes(String programmes, List<FieldError> errors) {
        if (programmes == null) {
            return EnumSet.of(Programme.JKK, Programme.JKM);
        }
        try {
            List<Programme> requested = Arrays.stream(programmes.split(",")).map(String::strip)
                    .map(Programme::valueOf).toList();
            ProgrammeSelection.check(requested).ifPresent(r ->
                    errors.add(new FieldError("programmes", r.name(), r.message())));
            return ProgrammeSelection.of(requested);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("programmes", "UNKNOWN_ENUM_VALUE", "a comma-separated list of JKK, JKM, JHT"));
            return EnumSet.of(Programme.JKK, Programme.JKM);
        }
    }
}
