package id.go.bekasikab.bpu.rules;

import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

/** A payer covering some programmes of a participant from a month, until a month or open-ended. */
public record Sponsor(UUID sponsorshipId, UUID payerId, String payerName, Funding funding, YearMonth from, YearMonth to,
                      Set<Programme> programmes) {

    public Sponsor {
        programmes = Set.copyOf(programmes);
    }

    public boolean covers(YearMonth month, Programme programme) {
        return programmes.contains(programme) && !month.isBefore(from) && (to == null || !month.isAfter(to));
    }
}
