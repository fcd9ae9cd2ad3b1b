package id.go.bekasikab.bpu.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What an inquiry read back to the payer: the open months, oldest first, and each one's amount. */
@Entity
@Table(name = "channel_inquiry")
class ChannelInquiry {

    @Id
    UUID id;

    @Column(name = "channel_id", nullable = false, updatable = false)
    UUID channelId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    UUID participantId;

    /** The first day of each month. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    List<LocalDate> months;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    List<Long> amounts;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    Instant expiresAt;
}
