package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.Line;
import id.go.bekasikab.bpu.contribution.ContributionApi.Receipt;
import id.go.bekasikab.bpu.contribution.ContributionApi.Reversal;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import java.time.YearMonth;
import java.util.List;

/** A payment as its receipt shows it (tanda bukti penerimaan iuran, bpu-rules.md §2), reversed or not. */
final class Receipts {

    private Receipts() {
    }

    static List<Line> lines(List<PaidLine> lines) {
        return lines.stream().map(l -> new Line(YearMonth.from(l.period), l.programme, l.incomeBasis, l.gross,
                l.discount, l.net)).toList();
    }

    static Receipt of(Payment payment, List<Line> lines, String membershipNumber, MembershipStatus status,
                      YearMonth paidThrough, Reversal reversal) {
        List<YearMonth> periods = lines.stream().map(Line::period).distinct().sorted().toList();
        return new Receipt(payment.receiptNumber, payment.participantId, membershipNumber, periods, lines,
                lines.stream().mapToLong(Line::gross).sum(), lines.stream().mapToLong(Line::discount).sum(),
                payment.amount, payment.channel, payment.externalReference, payment.paidAt, status, paidThrough,
                reversal);
    }
}
