package id.go.bekasikab.bpu.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * The documents a claim needs (bpu-rules.md §5 [C]). JKM: card, e-KTP of the participant and the heirs, death
 * certificate, family card, heirship statement, marriage book for a spouse, bank book. JKK: card, e-KTP, accident
 * chronology with two witnesses' KTP, a police report for traffic accidents (on the way to or from work, or on a
 * work trip), forms KK1–KK3, receipts for costs claimed, bank book, NPWP above Rp50,000,000; the death documents on
 * death. JHT: card, e-KTP, family card, bank book, evidence of the reason (or the death documents).
 */
public final class RequiredDocuments {

    static final long NPWP_THRESHOLD = 50_000_000;
    private static final Set<DocumentType> DEATH = EnumSet.of(DocumentType.DEATH_CERTIFICATE, DocumentType.KARTU_KELUARGA,
            DocumentType.HEIRSHIP_STATEMENT, DocumentType.KTP_HEIRS);

    private RequiredDocuments() {
    }

    public static Set<DocumentType> jkm(HeirRelationship claimant) {
        Set<DocumentType> required = EnumSet.of(DocumentType.KARTU_PESERTA, DocumentType.KTP_PARTICIPANT,
                DocumentType.BANK_BOOK);
        required.addAll(DEATH);
        if (claimant == HeirRelationship.SPOUSE) {
            required.add(DocumentType.MARRIAGE_BOOK);
        }
        return required;
    }

    public static Set<DocumentType> jkk(JkkClaim claim, long total, HeirRelationship claimant) {
        Set<DocumentType> required = EnumSet.of(DocumentType.KARTU_PESERTA, DocumentType.KTP_PARTICIPANT,
                DocumentType.ACCIDENT_CHRONOLOGY, DocumentType.WITNESS_KTP, DocumentType.FORM_KK1, DocumentType.FORM_KK2,
                DocumentType.FORM_KK3, DocumentType.BANK_BOOK);
        if (claim.accidentKind() == AccidentKind.COMMUTING || claim.accidentKind() == AccidentKind.WORK_TRIP) {
            required.add(DocumentType.POLICE_REPORT);
        }
        if ((claim.medical() != null && !claim.medical().isEmpty())
                || (claim.transport() != null && !claim.transport().isEmpty())) {
            required.add(DocumentType.MEDICAL_RECEIPTS);
        }
        if (total > NPWP_THRESHOLD) {
            required.add(DocumentType.NPWP);
        }
        if (claim.outcome() == JkkOutcome.DEATH) {
            required.addAll(DEATH);
            if (claimant == HeirRelationship.SPOUSE) {
                required.add(DocumentType.MARRIAGE_BOOK);
            }
        }
        return required;
    }

    public static Set<DocumentType> jht(JhtReason reason) {
        Set<DocumentType> required = EnumSet.of(DocumentType.KARTU_PESERTA, DocumentType.KTP_PARTICIPANT,
                DocumentType.KARTU_KELUARGA, DocumentType.BANK_BOOK);
        if (reason == JhtReason.DEATH) {
            required.addAll(DEATH);
        } else if (reason != JhtReason.AGE_56) {
            required.add(DocumentType.JHT_REASON_EVIDENCE);
        }
        return required;
    }
}
