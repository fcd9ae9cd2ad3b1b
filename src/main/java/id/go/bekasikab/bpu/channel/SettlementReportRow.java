package id.go.bekasikab.bpu.channel;

import id.go.bekasikab.bpu.channel.SettlementApi.SettlementLine;
import id.go.bekasikab.bpu.channel.SettlementApi.SettlementSummary;
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

/** A settlement file's reconciliation, kept as it was reported. */
@Entity
@Table(name = "settlement_report")
class SettlementReportRow {

    @Id
    UUID id;

    @Column(name = "channel_id", nullable = false, updatable = false)
    UUID channelId;

    @Column(name = "business_date", nullable = false, updatable = false)
    LocalDate businessDate;

    @Column(name = "content_hash", nullable = false, updatable = false)
    String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    SettlementSummary summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    List<SettlementLine> lines;

    @Column(nullable = false, updatable = false)
    String actor;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
}
