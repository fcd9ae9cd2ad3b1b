package id.go.bekasikab.bpu.channel;

import id.go.bekasikab.bpu.channel.ChannelApi.ChannelPaymentRequest;
import id.go.bekasikab.bpu.channel.ChannelApi.ChannelReceipt;
import id.go.bekasikab.bpu.channel.ChannelApi.Inquiry;
import id.go.bekasikab.bpu.channel.ChannelApi.InquiryMonth;
import id.go.bekasikab.bpu.channel.ChannelApi.InquiryOption;
import id.go.bekasikab.bpu.channel.ChannelApi.InquiryRequest;
import id.go.bekasikab.bpu.contribution.Ledgers;
import id.go.bekasikab.bpu.contribution.PaymentService;
import id.go.bekasikab.bpu.contribution.PaymentService.ChannelPayment;
import id.go.bekasikab.bpu.participant.ParticipantFacts;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.participant.ParticipantService.Identified;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.Settings;
import id.go.bekasikab.bpu.rules.Ledger;
import id.go.bekasikab.bpu.rules.MonthSelection;
import id.go.bekasikab.bpu.rules.OwnPayment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The host-to-host flow of a channel: an inquiry reads back what can be paid now — the oldest open months of the
 * participant's own share, each month's amount, the total for 1..n months and a masked name — and is kept for a
 * short time; the payment names the inquiry, how many of its months, their total and the channel's transaction id.
 */
@ApplicationScoped
public class InquiryService implements PanacheRepositoryBase<ChannelInquiry, UUID> {

    private final ChannelService channels;
    private final ParticipantService participants;
    private final Ledgers ledgers;
    private final PaymentService payments;
    private final Clock clock;
    private final Duration validity;

    InquiryService(ChannelService channels, ParticipantService participants, Ledgers ledgers, PaymentService payments,
                   Clock clock, Settings settings) {
        this.channels = channels;
        this.participants = participants;
        this.ledgers = ledgers;
        this.payments = payments;
        this.clock = clock;
        this.validity = settings.channels().inquiryValidity();
    }

    @Transactional
    public Inquiry inquire(InquiryRequest body) {
        PaymentChannel channel = channels.acting(null);
        if (body == null || (body.nik() == null) == (body.membershipNumber() == null)) {
            throw ProblemException.validation(List.of(new FieldError("", "EXACTLY_ONE_REQUIRED",
                    "give either nik or membershipNumber")));
        }
        Identified who = participants.identify(body.nik(), body.membershipNumber())
                .orElseThrow(() -> new ProblemException(422, "UNKNOWN_MEMBERSHIP", "Unknown membership",
                        "no BPU participant has this " + (body.nik() != null ? "NIK" : "membership number"),
                        List.of(new FieldError(body.nik() != null ? "/nik" : "/membershipNumber", "UNKNOWN_MEMBERSHIP",
                                "not registered"))));
        ParticipantFacts facts = participants.facts(who.id()).orElseThrow();
        Ledger ledger = ledgers.of(facts);
        List<YearMonth> open = OwnPayment.open(ledger);
        if (open.isEmpty()) {
            MonthSelection why = OwnPayment.oldest(ledger, 1);
            if (why instanceof MonthSelection.Refused refused) {
                throw ProblemException.refused(refused.reason(), "Nothing to pay through a channel", null,
                        refused.detail());
            }
            throw new ProblemException(422, "NOTHING_DUE", "Nothing to pay",
                    "paid up to " + ledger.lastPayable() + ", as far ahead as may be paid");
        }
        List<InquiryMonth> months = open.stream().map(m -> new InquiryMonth(m, ledger.ownPrice(m).net(),
                ledger.dueDate(m))).toList();
        List<InquiryOption> options = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < months.size(); i++) {
            total += months.get(i).amount();
            options.add(new InquiryOption(i + 1, total));
        }
        ChannelInquiry inquiry = new ChannelInquiry();
        inquiry.id = Ids.newId();
        inquiry.channelId = channel.id;
        inquiry.participantId = facts.id();
        inquiry.months = open.stream().map(m -> m.atDay(1)).toList();
        inquiry.amounts = months.stream().map(InquiryMonth::amount).toList();
        inquiry.createdAt = clock.instant();
        inquiry.expiresAt = inquiry.createdAt.plus(validity);
        persist(inquiry);
        return new Inquiry(inquiry.id, facts.membershipNumber(), masked(who.fullName()), months, options,
                inquiry.expiresAt);
    }

    /** Pays the first {@code months} months of an unexpired inquiry of this channel (a body ChannelPayments checked). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChannelReceipt pay(ChannelPaymentRequest body) {
        PaymentChannel channel = channels.acting(null);
        ChannelInquiry inquiry = findById(body.inquiryId());
        if (inquiry == null || !inquiry.channelId.equals(channel.id)) {
            throw new ProblemException(422, "UNKNOWN_INQUIRY", "Unknown inquiry", "this channel made no such inquiry",
                    List.of(new FieldError("/inquiryId", "UNKNOWN_INQUIRY", "not an inquiry of this channel")));
        }
        if (!clock.instant().isBefore(inquiry.expiresAt)) {
            throw new ProblemException(422, "INQUIRY_EXPIRED", "The inquiry expired",
                    "an inquiry may be paid until " + inquiry.expiresAt + "; make a new one",
                    List.of(new FieldError("/inquiryId", "INQUIRY_EXPIRED", "expired at " + inquiry.expiresAt)));
        }
        if (body.months() > inquiry.months.size()) {
            throw new ProblemException(422, "TOO_FAR_AHEAD", "More months than the inquiry offered",
                    "the inquiry offered at most " + inquiry.months.size() + " months",
                    List.of(new FieldError("/months", "TOO_FAR_AHEAD", "at most " + inquiry.months.size())));
        }
        long total = inquiry.amounts.subList(0, body.months()).stream().mapToLong(Long::longValue).sum();
        if (body.amount() != total) {
            throw new ProblemException(422, "AMOUNT_MISMATCH", "The amount is not what the inquiry told",
                    "the inquiry told Rp" + total + " for " + body.months() + " months; the payment said Rp"
                            + body.amount(), List.of(new FieldError("/amount", "AMOUNT_MISMATCH", "expected " + total)));
        }
        List<YearMonth> months = inquiry.months.subList(0, body.months()).stream().map(YearMonth::from).toList();
        return ChannelReceipt.of(payments.payByChannel(new ChannelPayment(inquiry.participantId, months, total,
                channel.type, channel.id, body.transactionId())));
    }

    /** What a teller reads back: each word's first two letters, the rest hidden ("Ahmad Fauzi" → "Ah*** Fa***"). */
    static String masked(String fullName) {
        StringBuilder out = new StringBuilder();
        for (String word : fullName.strip().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            int[] cps = word.codePoints().toArray();
            int shown = Math.min(2, cps.length);
            out.append(new String(cps, 0, shown)).append("*".repeat(cps.length - shown));
        }
        return out.toString();
    }
}
