package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.claim.ClaimApi.ClaimView;
import id.go.bekasikab.bpu.claim.ClaimApi.Page;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.platform.Cursor;
import id.go.bekasikab.bpu.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading claims: one, a participant's, or a filtered page for the branch's work queue. */
@ApplicationScoped
public class ClaimQueryService {

    private final ClaimRepository claims;
    private final ParticipantService participants;
    private final ClaimViews views;
    private final Clock clock;

    ClaimQueryService(ClaimRepository claims, ParticipantService participants, ClaimViews views, Clock clock) {
        this.claims = claims;
        this.participants = participants;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public Optional<ClaimView> get(UUID id) {
        return claims.findByIdOptional(id).map(views::shownTo);
    }

    @Transactional
    public List<ClaimView> ofParticipant(UUID participantId) {
        participants.facts(participantId)
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant"));
        return claims.ofParticipant(participantId).stream().map(views::shownTo).toList();
    }

    /** One page of claims in id order, filtered for the branch's work queue. */
    @Transactional
    public Page list(ClaimListParams.Filter filter) {
        int size = filter.limit();
        List<Claim> rows = claims.page(filter.status(), filter.programme(), filter.slaBreached(), LocalDate.now(clock),
                filter.after(), size + 1);
        return new Page(rows.stream().limit(size).map(views::shownTo).toList(),
                rows.size() > size ? Cursor.after(rows.get(size - 1).id) : null);
    }

}
