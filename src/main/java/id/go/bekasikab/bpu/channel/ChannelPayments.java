package id.go.bekasikab.bpu.channel;

import id.go.bekasikab.bpu.channel.ChannelApi.ChannelPaymentRequest;
import id.go.bekasikab.bpu.channel.ChannelApi.ChannelReceipt;
import id.go.bekasikab.bpu.channel.ChannelApi.ReversalRequest;
import id.go.bekasikab.bpu.contribution.ReceiptService;
import id.go.bekasikab.bpu.contribution.ReversalService;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Idempotency;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A channel's payments at the edge: a payment is idempotent on the channel's transaction id (the same id and body
 * again replays the receipt, another body with it is 409), a reversal on the payment it names.
 */
@ApplicationScoped
class ChannelPayments {

    static final String SCOPE = "channel-payment";
    private static final Pattern TRANSACTION_ID = Pattern.compile(ChannelApi.REFERENCE);
    private static final UUID NONE = new UUID(0, 0);

    private final InquiryService inquiries;
    private final ChannelService channels;
    private final ReceiptService receipts;
    private final ReversalService reversals;
    private final Idempotency idempotency;
    private final RequestValidation validation;
    private final Caller caller;

    ChannelPayments(InquiryService inquiries, ChannelService channels, ReceiptService receipts,
                    ReversalService reversals, Idempotency idempotency, RequestValidation validation, Caller caller) {
        this.inquiries = inquiries;
        this.channels = channels;
        this.receipts = receipts;
        this.reversals = reversals;
        this.idempotency = idempotency;
        this.validation = validation;
        this.caller = caller;
    }

    Response pay(ChannelPaymentRequest body, UriInfo uri) {
        List<FieldError> errors = validation.errorsOf(body);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Idempotency.Call call = idempotency.callFor(SCOPE, caller.channel().orElse(NONE).toString(),
                body.transactionId(), body);
        try {
            return idempotency.execute(call, uri, () -> inquiries.pay(body), receipt -> new Idempotency.Outcome(201,
                    receipt, "v1/channel/payments/" + receipt.transactionId()));
        } catch (ProblemException e) {
            if ("IDEMPOTENCY_KEY_REUSED".equals(e.code())) {
                throw new ProblemException(409, "DUPLICATE_TRANSACTION_ID", "Transaction id already used",
                        "this channel already sent another payment with this transactionId");
            }
            throw e;
        }
    }

    ChannelReceipt get(String transactionId) {
        if (transactionId.length() > 64 || !TRANSACTION_ID.matcher(transactionId).matches()) {
            throw ProblemException.validation(List.of(new FieldError("transactionId", "INVALID_FORMAT",
                    ChannelApi.REFERENCE_MESSAGE + ", at most 64")));
        }
        UUID channel = QuarkusTransaction.requiringNew().call(() -> channels.acting(null).id);
        return receipts.byChannelTransaction(channel, transactionId).map(ChannelReceipt::of)
                .orElseThrow(() -> ProblemException.notFound("TRANSACTION_NOT_FOUND", "the transaction"));
    }

    /** 201 when this request reversed the payment, 200 (Idempotent-Replayed) when it had been reversed before. */
    Response reverse(ReversalRequest body) {
        List<FieldError> errors = validation.errorsOf(body);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        UUID channel = QuarkusTransaction.requiringNew().call(() -> channels.acting(null).id);
        ReversalService.Reversed reversed = reversals.reverseForChannel(channel, body.transactionId(), body.amount(),
                body.reason());
        Response.ResponseBuilder response = Response.status(reversed.made() ? 201 : 200)
                .entity(ChannelReceipt.of(reversed.receipt()));
        return reversed.made() ? response.build() : response.header(Idempotency.REPLAYED, "true").build();
    }
}
