package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.Line;
import id.go.bekasikab.bpu.contribution.ContributionApi.Receipt;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import java.time.YearMonth;
import java.util.List;

/** A payment as its receipt shows it (tanda bukti penerimaan iuran, bpu-rules.md §2). */
final class Receipts {

    private Receipts() {
    }

    static Receipt of(Payment payment, List<PaidLine> lines, String membershipNumber, MembershipStatus status,
                      YearMonth paidThrough) {
        List<Line> views = lines.stream().map(l -> new Line(YearMonth.from(l.period), l.programme, l.incomeBasis,
                l.gross, l.discount, l.net)).toList();
        List<YearMonth> periods = views.stream().map(Line::period).distinct().sorted().toList();
        return new Receipt(payment.receiptNumber, payment.participantId, membershipNumber, periods, views,
                views.stream().mapToLong(Line::gross).sum(), views.stream().mapToLong(Line::discount).sum(),
                payment.amount, payment.channel, payment.externalReference, payment.paidAt, status, paidThrough);
    }
}
