package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.contribution.ReferenceDataService;
import id.go.bekasikab.bpu.contribution.ReferenceDataService.ReferenceData;
import id.go.bekasikab.bpu.platform.SqlValues;
import id.go.bekasikab.bpu.payer.PayerApi.Invoice;
import id.go.bekasikab.bpu.payer.PayerApi.InvoiceLine;
import id.go.bekasikab.bpu.rules.Funding;
import id.go.bekasikab.bpu.rules.Membership;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.MonthPrice;
import id.go.bekasikab.bpu.rules.Pricing;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A payer's invoice for a month: one line per sponsored participant whose month is billable or already paid. It
 * is a read model over participants, sponsorships and paid lines in one query (a regency sponsors up to 100,000
 * workers and the invoice must come back in seconds), priced by the rules module with the cached tariff.
 */
@ApplicationScoped
public class InvoiceService {

    private final EntityManager em;
    private final ReferenceDataService reference;
    private final Clock clock;
    private final int maxMonthsAhead;

    InvoiceService(EntityManager em, ReferenceDataService reference, Clock clock,
                   @ConfigProperty(name = "bpu.contributions.max-months-ahead") int maxMonthsAhead) {
        this.em = em;
        this.reference = reference;
        this.clock = clock;
        this.maxMonthsAhead = maxMonthsAhead;
    }

    /** An invoice line with the price it was computed from, for allocation. */
    record Priced(InvoiceLine line, MonthPrice price) {
    }

    @Transactional
    public Invoice invoice(Payer payer, YearMonth month) {
        List<Priced> lines = lines(payer, List.of(month));
        long total = lines.stream().mapToLong(l -> l.line().amount()).sum();
        long paid = lines.stream().filter(l -> l.line().paid()).mapToLong(l -> l.line().amount()).sum();
        return new Invoice(payer.id, month, lines.size(), total, paid, total - paid,
                lines.stream().map(Priced::line).toList());
    }

    /** The lines of these months in allocation order: month, then membership number. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Priced> lines(Payer payer, List<YearMonth> months) {
        ReferenceData data = reference.current();
        LocalDate today = LocalDate.now(clock);
        YearMonth current = YearMonth.from(today);
        Funding funding = payer.fundingSource.funding();
        List<Priced> lines = new ArrayList<>();
        for (YearMonth month : months.stream().distinct().sorted().toList()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select p.id, p.membership_number, p.created_at, p.declared_income, p.sector, p.programmes,
                           p.paid_through, p.lapses_on, s.programmes as sponsored, p.closed_on,
                           (select string_agg(cl.programme || ':' || cl.income_basis || ':' || cl.gross || ':'
                                              || cl.discount || ':' || cl.net || ':' || pm.receipt_number, ',')
                              from contribution_line cl join payment pm on pm.id = cl.payment_id
                             where cl.participant_id = p.id and cl.period = ?2 and pm.payer_id = s.payer_id) as paid
                      from sponsorship s join participant p on p.id = s.participant_id
                     where s.payer_id = ?1 and s.from_month <= ?2 and (s.to_month is null or s.to_month >= ?2)
                     order by p.membership_number
                    """)
                    .setParameter(1, payer.id).setParameter(2, month.atDay(1)).getResultList();
            for (Object[] row : rows) {
                priced(row, month, current, today, funding, data).ifPresent(lines::add);
            }
        }
        return lines;
    }

    private Optional<Priced> priced(Object[] row, YearMonth month, YearMonth current, LocalDate today,
                                              Funding funding, ReferenceData data) {
        UUID participantId = (UUID) row[0];
        String membershipNumber = (String) row[1];
        if (row[10] != null) {
            return Optional.of(paidLine(participantId, membershipNumber, month, (String) row[10]));
        }
        LocalDate closedOn = SqlValues.localDate(row[9]);
        if (closedOn != null && !month.atDay(1).isBefore(closedOn)) {
            return Optional.empty();
        }
        YearMonth registered = YearMonth.from(SqlValues.instant(row[2]).atZone(clock.getZone()));
        YearMonth paidThrough = row[6] == null ? null : YearMonth.from(SqlValues.localDate(row[6]));
        LocalDate lapsesOn = SqlValues.localDate(row[7]);
        MembershipStatus status = Membership.statusOn(today, paidThrough, lapsesOn);
        YearMonth billableFrom = Membership.billableFrom(status, paidThrough, current);
        if (month.isBefore(registered) || month.isBefore(billableFrom) || month.isAfter(current.plusMonths(maxMonthsAhead))) {
            return Optional.empty();
        }
        Set<Programme> programmes = SponsorshipService.programmesOf((String) row[8]);
        programmes.retainAll(SponsorshipService.programmesOf((String) row[5]));
        MonthPrice price = Pricing.price(data.tariff(), data.discounts(), ((Number) row[3]).longValue(), programmes,
                Sector.valueOf((String) row[4]), funding, month);
        return Optional.of(new Priced(new InvoiceLine(participantId, membershipNumber, month,
                List.copyOf(programmes), price.incomeBasis(), price.gross(), price.discount(), price.net(), false, null),
                price));
    }

    private static Priced paidLine(UUID participantId, String membershipNumber, YearMonth month, String paid) {
        Set<Programme> programmes = EnumSet.noneOf(Programme.class);
        long basis = 0;
        long gross = 0;
        long discount = 0;
        long net = 0;
        String receipt = null;
        for (String line : paid.split(",")) {
            String[] f = line.split(":");
            programmes.add(Programme.valueOf(f[0]));
            basis = Long.parseLong(f[1]);
            gross += Long.parseLong(f[2]);
            discount += Long.parseLong(f[3]);
            net += Long.parseLong(f[4]);
            receipt = f[5];
        }
        return new Priced(new InvoiceLine(participantId, membershipNumber, month, List.copyOf(programmes), basis, gross,
                discount, net, true, receipt), null);
    }
}
