package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.rules.Funding;
import id.go.bekasikab.bpu.rules.Programme;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

/** Who pays which programmes of a participant, in which months: what billing needs of a sponsorship. */
public record SponsorshipFacts(UUID id, UUID payerId, String payerName, Funding funding, YearMonth from, YearMonth to,
                               Set<Programme> programmes) {

    public boolean covers(YearMonth month, Programme programme) {
        return programmes.contains(programme) && !month.isBefore(from) && (to == null || !month.isAfter(to));
    }
}
