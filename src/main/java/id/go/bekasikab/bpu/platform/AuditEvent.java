package id.go.bekasikab.bpu.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited access; written once, never changed (the schema refuses updates and deletes). */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, updatable = false)
    Instant at;

    @Column(nullable = false, updatable = false)
    String actor;

    @Column(updatable = false)
    String client;

    @Column(nullable = false, updatable = false)
    String roles;

    @Column(nullable = false, updatable = false)
    String action;

    @Column(name = "subject_type", updatable = false)
    String subjectType;

    @Column(name = "subject_id", updatable = false)
    String subjectId;

    @Column(updatable = false)
    String purpose;

    @Column(name = "trace_id", updatable = false)
    String traceId;

    @Column(name = "before_state", updatable = false)
    String before;

    @Column(name = "after_state", updatable = false)
    String after;
}
