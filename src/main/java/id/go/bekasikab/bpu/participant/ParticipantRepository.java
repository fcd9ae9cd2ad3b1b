package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.Occupation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    long nextMembershipSerial() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('membership_number_seq')")
                .getSingleResult()).longValue();
    }

    Optional<Participant> findByNikHash(String nikHash) {
        return find("nikHash", nikHash).firstResultOptional();
    }

    Optional<Participant> findByMembershipNumber(String membershipNumber) {
        return find("membershipNumber", membershipNumber).firstResultOptional();
    }

    /** One page in id order (ids are time-ordered), after the given id; region codes match by prefix segment. */
    List<Participant> page(MembershipStatus status, Occupation occupation, String regionCode, UUID after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (after != null) {
            where.add("id > :after");
            params.and("after", after);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (occupation != null) {
            where.add("occupation = :occupation");
            params.and("occupation", occupation);
        }
        if (regionCode != null) {
            where.add("(regionCode = :region or regionCode like :regionPrefix)");
            params.and("region", regionCode).and("regionPrefix", regionCode + ".%");
        }
        String query = where.isEmpty() ? "order by id" : String.join(" and ", where) + " order by id";
        return find(query, params).page(0, limit).list();
    }
}
