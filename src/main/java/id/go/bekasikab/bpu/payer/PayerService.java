package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.payer.PayerApi.Contact;
import id.go.bekasikab.bpu.payer.PayerApi.NewPayer;
import id.go.bekasikab.bpu.payer.PayerApi.Page;
import id.go.bekasikab.bpu.payer.PayerApi.PayerView;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Cursor;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.reference.Regions;
import id.go.bekasikab.bpu.reference.Regions.Level;
import id.go.bekasikab.bpu.reference.Regions.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PayerService {

    private final PayerRepository payers;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final PayerAccess access;
    private final Regions regions;
    private final Clock clock;

    PayerService(PayerRepository payers, RequestValidation validation, AuditLog audit, PayerAccess access,
                 Regions regions, Clock clock) {
        this.regions = regions;
        this.payers = payers;
        this.validation = validation;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public PayerView create(NewPayer body) {
        List<FieldError> errors = new java.util.ArrayList<>(validation.errorsOf(body));
        if (errors.isEmpty()) {
            checkRegion(body, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Payer payer = new Payer();
        payer.domicileRequired = !Boolean.FALSE.equals(body.domicileRequired());
        payer.id = Ids.newId();
        payer.type = body.type();
        payer.fundingSource = body.fundingSource();
        payer.name = body.name().strip().replaceAll("\\s+", " ");
        payer.regionCode = body.regionCode();
        if (body.contact() != null) {
            payer.contactName = body.contact().name();
            payer.contactPhone = body.contact().phone();
            payer.contactEmail = body.contact().email();
        }
        payer.createdAt = clock.instant();
        payers.persist(payer);
        PayerView view = viewOf(payer);
        audit.write("payer.create", "payer", payer.id, null, view);
        return view;
    }

    /**
     * A payer's region is a current Kemendagri area of its level: a regency (or city) for a REGENCY payer, a village
     * for a VILLAGE payer, any area for the others.
     */
    private void checkRegion(NewPayer body, List<FieldError> errors) {
        Optional<Region> region = regions.find(body.regionCode()).filter(Region::current);
        Level needed = body.type() == PayerType.REGENCY ? Level.REGENCY : body.type() == PayerType.VILLAGE
                ? Level.VILLAGE : null;
        if (region.isEmpty()) {
            errors.add(new FieldError("/regionCode", "UNKNOWN_REGION", body.regionCode()
                    + " is not a current Kemendagri area code"));
        } else if (needed != null && region.get().level() != needed) {
            errors.add(new FieldError("/regionCode", "WRONG_REGION_LEVEL", "a " + body.type() + " payer's region is a "
                    + needed.name().toLowerCase() + "; " + body.regionCode() + " is a "
                    + region.get().level().name().toLowerCase() + " (" + region.get().name() + ")"));
        }
    }

    @Transactional
    public Optional<PayerView> get(UUID id) {
        return payers.findByIdOptional(id).filter(p -> visibleTo(p.id)).map(this::viewOf);
    }

    /** A payer's system sees its own payer only; any other is "not found". */
    boolean visibleTo(UUID payerId) {
        return access.mayActFor(payerId);
    }

    /** The payer for a request path: 404 when missing or not the caller's own. */
    Payer visible(UUID id) {
        Payer payer = require(id);
        if (!visibleTo(payer.id)) {
            throw ProblemException.notFound("PAYER_NOT_FOUND", "the payer");
        }
        return payer;
    }

    @Transactional
    public Page<PayerView> list(String limit, String cursor) {
        int size = Cursor.limit(limit);
        List<Payer> rows = payers.page(Cursor.decode(cursor), size + 1);
        List<PayerView> items = rows.stream().limit(size).map(this::viewOf).toList();
        return new Page<>(items, rows.size() > size ? Cursor.after(rows.get(size - 1).id) : null);
    }

    /** The payer, or a 404 problem. */
    Payer require(UUID id) {
        return payers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("PAYER_NOT_FOUND", "the payer"));
    }

    PayerView viewOf(Payer p) {
        Contact contact = p.contactName == null && p.contactPhone == null && p.contactEmail == null ? null
                : new Contact(p.contactName, p.contactPhone, p.contactEmail);
        return new PayerView(p.id, p.type, p.fundingSource, p.name, p.regionCode, contact, p.createdAt,
                regions.find(p.regionCode).map(Region::name).orElse(null), p.requiresDomicile());
    }
}
