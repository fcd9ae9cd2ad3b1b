package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.reference.Regions;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "payer")
class Payer {

    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    PayerType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false)
    FundingSource fundingSource;

    @Column(nullable = false)
    String name;

    @Column(name = "region_code", nullable = false)
    String regionCode;

    /**
     * Whether a regency's or a village's own budget (APBD, APBDes) may only sponsor people living inside its region
     * (issue #15); on unless the payer was registered otherwise.
     */
    @Column(name = "domicile_required", nullable = false)
    boolean domicileRequired;

    @Column(name = "contact_name")
    String contactName;

    @Column(name = "contact_phone")
    String contactPhone;

    @Column(name = "contact_email")
    String contactEmail;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    /** The domicile rule, where it applies: a REGENCY or VILLAGE payer funded by APBD or APBDes, unless switched off. */
    boolean requiresDomicile() {
        return domicileRequired && (type == PayerType.REGENCY || type == PayerType.VILLAGE)
                && (fundingSource == FundingSource.APBD || fundingSource == FundingSource.APBDES);
    }

    /** Whether a person living in this village may be sponsored by this payer. */
    boolean mayCover(String villageCode) {
        return !requiresDomicile() || Regions.inside(villageCode, regionCode);
    }
}
