package id.go.bekasikab.bpu.payer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** Enrolment jobs and their uploaded rows (each row's text until processed, then its outcome). */
@ApplicationScoped
class EnrolmentJobRepository implements PanacheRepositoryBase<EnrolmentJob, UUID> {

    /** One row of an upload as stored: its number, and its outcome once processed. */
    record Row(int rowNo, String outcome, String code, String field, UUID participantId) {
    }

    /** The job of the same upload (same content, month and programmes) for this payer, if there is one. */
    Optional<EnrolmentJob> sameUpload(UUID payerId, String contentHash) {
        return find("payerId = ?1 and contentHash = ?2", payerId, contentHash).firstResultOptional();
    }

    /** Serialises uploads of the same content by one payer until the transaction ends. */
    void lockUpload(UUID payerId, String contentHash) {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, payerId + "/" + contentHash).getSingleResult();
    }

    /** Stores an upload's rows in batches of 1,000, numbered from 1. */
    void insertRows(UUID jobId, List<String> rows) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into enrolment_row (job_id, row_no, body) values (?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    insert.setObject(1, jobId);
                    insert.setInt(2, i + 1);
                    insert.setString(3, rows.get(i));
                    insert.addBatch();
                    if ((i + 1) % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /** Processed rows after a row number, optionally of one outcome, in row order. */
    List<Row> outcomes(UUID jobId, String outcome, long afterRow, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select row_no, outcome, code, field, participant_id"
                        + " from enrolment_row where job_id = ?1 and row_no > ?2 and outcome is not null"
                        + " and (cast(?4 as varchar) is null or outcome = ?4) order by row_no limit ?3")
                .setParameter(1, jobId).setParameter(2, afterRow).setParameter(3, limit)
                .setParameter(4, outcome).getResultList();
        return rows.stream().map(r -> new Row(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3],
                (UUID) r[4])).toList();
    }

    /** The next rows without an outcome: row number and text. */
    List<Object[]> unprocessed(UUID jobId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select row_no, body from enrolment_row"
                        + " where job_id = ?1 and outcome is null order by row_no limit ?2")
                .setParameter(1, jobId).setParameter(2, limit).getResultList();
        return rows;
    }

    /** Records rows' outcomes; a row's text has served its purpose: the outcome stays, not a second copy of a NIK. */
    void recordOutcomes(UUID jobId, List<Row> outcomes) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update enrolment_row set outcome = ?,"
                    + " code = ?, field = ?, participant_id = ?, body = '' where job_id = ? and row_no = ?")) {
                for (Row o : outcomes) {
                    update.setString(1, o.outcome());
                    update.setString(2, o.code());
                    update.setString(3, o.field());
                    update.setObject(4, o.participantId());
                    update.setObject(5, jobId);
                    update.setInt(6, o.rowNo());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }
}
