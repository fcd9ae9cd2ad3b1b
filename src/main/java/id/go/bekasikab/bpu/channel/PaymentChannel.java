package id.go.bekasikab.bpu.channel;

import id.go.bekasikab.bpu.contribution.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner that collects contributions host-to-host; its hosts' tokens carry its id as {@code channel_id}. */
@Entity
@Table(name = "payment_channel")
class PaymentChannel {

    @Id
    UUID id;

    /** The partner's short code, e.g. BJB or POS-INDONESIA. */
    @Column(nullable = false, updatable = false)
    String code;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Channel type;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
}
