package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.payer.PayerApi.Credit;
import id.go.bekasikab.bpu.payer.PayerApi.CreditEntry;
import id.go.bekasikab.bpu.payer.PayerApi.CreditKind;
import id.go.bekasikab.bpu.payer.PayerApi.CreditRefund;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A payer's credit as a ledger of entries (earned by an over-payment, applied by a later payment, refunded by an
 * officer); the balance is their sum. Whatever changes it first locks the payer's row, so two payments at once
 * never spend the same credit.
 */
@ApplicationScoped
public class PayerCredit {

    static final String REFUND_SCOPE = "payer-credit-refund";

    private final EntityManager em;
    private final PayerService payers;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final Caller caller;
    private final Clock clock;

    PayerCredit(EntityManager em, PayerService payers, RequestValidation validation, AuditLog audit, Caller caller,
                Clock clock) {
        this.em = em;
        this.payers = payers;
        this.validation = validation;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** Waits for any other payment or refund of the payer to end; held to the end of the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void lock(UUID payerId) {
        em.createNativeQuery("select id from payer where id = ?1 for update").setParameter(1, payerId).getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    long balance(UUID payerId) {
        return ((Number) em.createNativeQuery("""
                select coalesce(sum(case kind when 'EARNED' then amount else -amount end), 0)
                  from payer_credit_entry where payer_id = ?1""").setParameter(1, payerId).getSingleResult())
                .longValue();
    }

    /** Records a change of the balance by a payment; nothing when the amount is 0. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(UUID payerId, CreditKind kind, long amount, UUID paymentId, String reason, String reference) {
        if (amount == 0) {
            return;
        }
        em.createNativeQuery("""
                        insert into payer_credit_entry (id, payer_id, kind, amount, payer_payment_id, reason, reference,
                                                        actor, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, Ids.newId()).setParameter(2, payerId).setParameter(3, kind.name())
                .setParameter(4, amount).setParameter(5, paymentId).setParameter(6, reason)
                .setParameter(7, reference).setParameter(8, caller.name())
                .setParameter(9, Timestamp.from(clock.instant())).executeUpdate();
    }

    @Transactional
    public Credit credit(UUID payerId) {
        payers.visible(payerId);
        return view(payerId);
    }

    /** An officer pays back some or all of a payer's credit, with a reason; never more than the balance. */
    @Transactional
    public Credit refund(UUID payerId, CreditRefund body) {
        payers.visible(payerId);
        List<FieldError> errors = validation.errorsOf(body);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        lock(payerId);
        long balance = balance(payerId);
        if (body.amount() > balance) {
            throw new ProblemException(422, "INSUFFICIENT_CREDIT", "More than the credit",
                    "the payer's credit is Rp" + balance, List.of(new FieldError("/amount", "INSUFFICIENT_CREDIT",
                    "at most " + balance)));
        }
        record(payerId, CreditKind.REFUNDED, body.amount(), null, body.reason(), body.reference());
        Credit after = view(payerId);
        audit.write("payer.credit-refund", "payer", payerId, balance, after.balance());
        return after;
    }

    private Credit view(UUID payerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, kind, amount, payer_payment_id, reason, reference, actor, created_at
                  from payer_credit_entry where payer_id = ?1 order by created_at, id""")
                .setParameter(1, payerId).getResultList();
        List<CreditEntry> entries = rows.stream().map(r -> new CreditEntry((UUID) r[0], CreditKind.valueOf((String) r[1]),
                ((Number) r[2]).longValue(), (UUID) r[3], (String) r[4], (String) r[5], (String) r[6],
                SqlValues.instant(r[7]))).toList();
        return new Credit(payerId, balance(payerId), entries);
    }
}
