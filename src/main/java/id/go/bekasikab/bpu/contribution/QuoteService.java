package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.Quote;
import id.go.bekasikab.bpu.contribution.ContributionApi.QuoteLine;
import id.go.bekasikab.bpu.reference.ReferenceDataService;
import id.go.bekasikab.bpu.rules.Funding;
import id.go.bekasikab.bpu.rules.MonthPrice;
import id.go.bekasikab.bpu.rules.Pricing;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.ReferenceData;
import id.go.bekasikab.bpu.rules.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.Set;

/** A quote for anyone, before registering: no participant and, between reference-data reloads, no database. */
@ApplicationScoped
public class QuoteService {

    private final ReferenceDataService reference;

    QuoteService(ReferenceDataService reference) {
        this.reference = reference;
    }

    /** What a month costs for a declared income, programmes, sector and funding. */
    public record QuoteRequest(long declaredIncome, Set<Programme> programmes, Sector sector, Funding funding,
                               YearMonth month) {
    }

    public Quote quote(QuoteRequest request) {
        ReferenceData data = reference.current();
        MonthPrice price = Pricing.price(data.tariff(), data.discounts(), request.declaredIncome(),
                request.programmes(), request.sector(), request.funding(), request.month());
        return new Quote(request.month(), request.declaredIncome(), price.incomeBasis(), request.sector(),
                request.funding(), price.lines().stream()
                .map(l -> new QuoteLine(l.programme(), l.gross(), l.discount(), l.net())).toList(),
                price.gross(), price.discount(), price.net());
    }
}
