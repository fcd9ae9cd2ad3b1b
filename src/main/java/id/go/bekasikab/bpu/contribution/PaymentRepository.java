package id.go.bekasikab.bpu.contribution;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    /** BPU + the business date + a serial, e.g. BPU20261124-00000042. */
    String nextReceiptNumber(LocalDate on) {
        long serial = ((Number) getEntityManager().createNativeQuery("select nextval('receipt_number_seq')")
                .getSingleResult()).longValue();
        return String.format("BPU%tY%<tm%<td-%08d", on, serial);
    }

    Optional<Payment> findByReceiptNumber(String receiptNumber) {
        return find("receiptNumber", receiptNumber).firstResultOptional();
    }

    List<Payment> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
