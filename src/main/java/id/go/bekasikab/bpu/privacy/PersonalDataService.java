package id.go.bekasikab.bpu.privacy;

import id.go.bekasikab.bpu.claim.ClaimApi.ClaimView;
import id.go.bekasikab.bpu.claim.ClaimQueryService;
import id.go.bekasikab.bpu.contribution.ContributionApi.Receipt;
import id.go.bekasikab.bpu.contribution.ReceiptService;
import id.go.bekasikab.bpu.participant.ParticipantApi.CorrectionView;
import id.go.bekasikab.bpu.participant.ParticipantApi.ParticipantView;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.participant.PersonalDataRightsService;
import id.go.bekasikab.bpu.payer.PayerApi.SponsorshipView;
import id.go.bekasikab.bpu.payer.SponsorshipService;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** UU 27/2022, the right of access: everything this service holds about a person, in one document. */
@ApplicationScoped
public class PersonalDataService {

    private final ParticipantService participants;
    private final ReceiptService contributions;
    private final PersonalDataRightsService rights;
    private final SponsorshipService sponsorships;
    private final ClaimQueryService claims;
    private final AuditLog audit;
    private final Clock clock;

    public record PersonalData(Instant exportedAt, ParticipantView participant, List<Receipt> payments,
                               List<SponsorshipView> sponsorships, List<ClaimView> claims,
                               List<CorrectionView> corrections, List<AuditLog.Entry> processing) {
    }

    PersonalDataService(ParticipantService participants, ReceiptService contributions, PersonalDataRightsService rights,
                        SponsorshipService sponsorships, ClaimQueryService claims, AuditLog audit, Clock clock) {
        this.participants = participants;
        this.contributions = contributions;
        this.rights = rights;
        this.sponsorships = sponsorships;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PersonalData export(UUID participantId) {
        ParticipantView participant = participants.get(participantId)
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant")).participant();
        PersonalData data = new PersonalData(clock.instant(), participant, contributions.receiptsOf(participantId),
                sponsorships.ofParticipant(participantId), claims.ofParticipant(participantId),
                rights.corrections(participantId), audit.about(participantId.toString()));
        audit.write("participant.export", "participant", participantId, null, null);
        return data;
    }
}
