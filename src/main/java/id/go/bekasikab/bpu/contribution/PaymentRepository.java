package id.go.bekasikab.bpu.contribution;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    /**
     * The next number of a receipt series on a business day: the day's counter row is incremented in the caller's
     * transaction, so the number is only used if the payment commits, and the series has no gaps. Concurrent payments
     * of the series wait on that row until the holder commits; callers take it as late as they can.
     */
    String nextReceiptNumber(ReceiptSeries series, LocalDate on) {
        long serial = ((Number) getEntityManager().createNativeQuery("""
                        insert into receipt_counter (series, day, last_serial) values (?1, ?2, 1)
                        on conflict (series, day) do update set last_serial = receipt_counter.last_serial + 1
                        returning last_serial""")
                .setParameter(1, series.name()).setParameter(2, on).getSingleResult()).longValue();
        return String.format("%s%tY%<tm%<td-%08d", series.name(), on, serial);
    }

    /** A registered channel's payment by its transaction id, locked against a concurrent reversal. */
    Optional<Payment> lockByChannelTransaction(UUID channelId, String transactionId) {
        return find("channelId = ?1 and externalReference = ?2", channelId, transactionId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    Optional<Payment> lockByReceiptNumber(String receiptNumber) {
        return find("receiptNumber", receiptNumber).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    Optional<Payment> findByReceiptNumber(String receiptNumber) {
        return find("receiptNumber", receiptNumber).firstResultOptional();
    }

    List<Payment> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
