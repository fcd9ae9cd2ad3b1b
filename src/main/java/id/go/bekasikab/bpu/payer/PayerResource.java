package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.payer.PayerApi.BulkPayment;
import id.go.bekasikab.bpu.payer.PayerApi.Credit;
import id.go.bekasikab.bpu.payer.PayerApi.CreditRefund;
import id.go.bekasikab.bpu.payer.PayerApi.Invoice;
import id.go.bekasikab.bpu.payer.PayerApi.InvoiceLine;
import id.go.bekasikab.bpu.payer.PayerApi.NewPayer;
import id.go.bekasikab.bpu.payer.PayerApi.NewSponsorship;
import id.go.bekasikab.bpu.payer.PayerApi.Page;
import id.go.bekasikab.bpu.payer.PayerApi.PayerView;
import id.go.bekasikab.bpu.payer.PayerApi.Reconciliation;
import id.go.bekasikab.bpu.payer.PayerApi.SponsorshipView;
import id.go.bekasikab.bpu.platform.Csv;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.HeavyReads;
import id.go.bekasikab.bpu.platform.Idempotency;
import id.go.bekasikab.bpu.platform.Locations;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.platform.Roles;
import id.go.bekasikab.bpu.reference.Regions;
import id.go.bekasikab.bpu.rules.Programme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/v1/payers")
@Produces(MediaType.APPLICATION_JSON)
public class PayerResource {

    static final String CSV = "text/csv";

    private final PayerService payers;
    private final SponsorshipService sponsorships;
    private final InvoiceService invoices;
    private final PayerPaymentService payments;
    private final EnrolmentService enrolments;
    private final EnrolmentWorker worker;
    private final Idempotency idempotency;
    private final Locations locations;
    private final HeavyReads heavyReads;
    private final PayerCredit credit;
    private final Regions regions;

    PayerResource(PayerService payers, SponsorshipService sponsorships, InvoiceService invoices,
                  PayerPaymentService payments, EnrolmentService enrolments, EnrolmentWorker worker,
                  Idempotency idempotency, Locations locations, HeavyReads heavyReads, PayerCredit credit,
                  Regions regions) {
        this.regions = regions;
        this.payers = payers;
        this.sponsorships = sponsorships;
        this.invoices = invoices;
        this.payments = payments;
        this.enrolments = enrolments;
        this.worker = worker;
        this.idempotency = idempotency;
        this.locations = locations;
        this.heavyReads = heavyReads;
        this.credit = credit;
    }

    @RolesAllowed({Roles.ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewPayer body, @Context UriInfo uri) {
        PayerView payer = payers.create(body);
        return Response.status(201).header(HttpHeaders.LOCATION, locations.of("v1/payers/" + payer.id())).entity(payer)
                .build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.OFFICER, Roles.INTEGRATION})
    @GET
    @Path("{id}")
    public PayerView get(@PathParam("id") UUID id) {
        return payers.get(id).orElseThrow(() -> ProblemException.notFound("PAYER_NOT_FOUND", "the payer"));
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.OFFICER})
    @GET
    public Page<PayerView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return payers.list(limit, cursor);
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICER, Roles.ADMIN})
    @POST
    @Path("{id}/sponsorships")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sponsor(@PathParam("id") UUID id, NewSponsorship body) {
        return Response.status(201).entity(sponsorships.sponsor(id, body)).build();
    }

    /** Ends a sponsorship from a month on (default: next month); earlier months stay the payer's. */
    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICER, Roles.ADMIN})
    @DELETE
    @Path("{id}/sponsorships/{sponsorshipId}")
    public SponsorshipView endSponsorship(@PathParam("id") UUID id, @PathParam("sponsorshipId") UUID sponsorshipId,
                                          @QueryParam("from") String from) {
        return sponsorships.end(id, sponsorshipId, from == null ? null : QueryParams.month("from", from));
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICER})
    @POST
    @Path("{id}/enrolments")
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    public Response enrol(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key,
                          @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @QueryParam("from") String from,
                          @QueryParam("programmes") String programmes, String body, @Context UriInfo uri) {
        boolean csv = contentType != null && contentType.toLowerCase().startsWith(CSV);
        List<FieldError> errors = new ArrayList<>();
        YearMonth fromMonth = QueryParams.month("from", from, null, errors);
        List<Programme> sponsored = null;
        if (programmes != null) {
            try {
                sponsored = Arrays.stream(programmes.split(",")).map(String::strip).map(Programme::valueOf).toList();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("programmes", "UNKNOWN_ENUM_VALUE", "a comma-separated list of JKK, JKM, JHT"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        List<Programme> chosen = sponsored;
        Idempotency.Call call = idempotency.call(EnrolmentService.SCOPE, key,
                List.of(id.toString(), String.valueOf(from), String.valueOf(programmes), body == null ? "" : body));
        Response response = idempotency.execute(call, uri, () -> enrolments.submit(id, csv, body, fromMonth, chosen),
                job -> new Idempotency.Outcome(202, job, "v1/jobs/" + job.id()));
        worker.submitted();
        return response;
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICER, Roles.AUDITOR})
    @GET
    @Path("{id}/invoices/{month}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response invoice(@PathParam("id") UUID id, @PathParam("month") String month,
                            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        YearMonth invoiced = QueryParams.month("month", month);
        Invoice invoice = heavyReads.run(Invoice.class, () -> invoices.invoice(payers.visible(id), invoiced));
        if (accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(csvOf(invoice), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"invoice-" + id + "-" + invoiced + ".csv\"")
                    .build();
        }
        return Response.ok(invoice, MediaType.APPLICATION_JSON).build();
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICER})
    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key, BulkPayment body,
                        @Context UriInfo uri) {
        Idempotency.Call call = idempotency.call(PayerPaymentService.SCOPE, key, List.of(id.toString(), body == null
                ? "" : body));
        return idempotency.execute(call, uri, () -> payments.pay(id, body), report -> report.dryRun()
                ? new Idempotency.Outcome(200, report, null)
                : new Idempotency.Outcome(201, report, "v1/payers/" + id + "/payments/" + report.id()));
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICER, Roles.AUDITOR})
    @GET
    @Path("{id}/payments/{paymentId}")
    public Reconciliation payment(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId) {
        return payments.report(id, paymentId)
                .orElseThrow(() -> ProblemException.notFound("PAYMENT_NOT_FOUND", "the payment"));
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    @GET
    @Path("{id}/credit")
    public Credit credit(@PathParam("id") UUID id) {
        return credit.credit(id);
    }

    /** An officer refunds a payer's credit, with a reason; Idempotency-Key as for payments. */
    @RolesAllowed(Roles.OFFICER)
    @POST
    @Path("{id}/credit/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key, CreditRefund body,
                           @Context UriInfo uri) {
        Idempotency.Call call = idempotency.call(PayerCredit.REFUND_SCOPE, key, List.of(id.toString(), body == null
                ? "" : body));
        return idempotency.execute(call, uri, () -> credit.refund(id, body),
                after -> new Idempotency.Outcome(201, after, "v1/payers/" + id + "/credit"));
    }

    /** The invoice as CSV; the district's and the village's names stand next to the participant's village code. */
    String csvOf(Invoice invoice) {
        String header = "membershipNumber,participantId,month,programmes,incomeBasis,gross,discount,amount,paid,"
                + "receiptNumber,regionCode,district,village\n";
        return header + invoice.items().stream().map(this::csvLine).collect(Collectors.joining());
    }

    private String csvLine(InvoiceLine l) {
        String village = l.regionCode();
        String district = village == null || village.length() < 8 ? null : village.substring(0, 8);
        // every cell the service writes is neutralised, whatever it holds today (CSV injection)
        return java.util.stream.Stream.of(l.membershipNumber(), l.participantId().toString(), l.month().toString(),
                        l.programmes().stream().map(Enum::name).collect(Collectors.joining(" ")),
                        Long.toString(l.incomeBasis()), Long.toString(l.gross()), Long.toString(l.discount()),
                        Long.toString(l.amount()), Boolean.toString(l.paid()),
                        l.receiptNumber() == null ? "" : l.receiptNumber(), village == null ? "" : village,
                        regions.find(district).map(Regions.Region::name).orElse(""),
                        regions.find(village).map(Regions.Region::name).orElse(""))
                .map(Csv::neutralised).collect(Collectors.joining(",")) + "\n";
    }
}
