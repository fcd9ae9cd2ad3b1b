package id.go.bekasikab.bpu.payer;

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

    @Column(name = "contact_name")
    String contactName;

    @Column(name = "contact_phone")
    String contactPhone;

    @Column(name = "contact_email")
    String contactEmail;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
}
