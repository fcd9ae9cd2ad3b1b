package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.rules.HeirRelationship;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** Ahli waris (PP 44/2015 art. 37(5)) as stored with the participant. */
@Embeddable
class Heir {

    @Column(name = "full_name", nullable = false)
    String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    HeirRelationship relationship;

    @Column(name = "birth_date", nullable = false)
    LocalDate birthDate;

    String nik;
}
