package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.reference.Regions;
import id.go.bekasikab.bpu.participant.ParticipantApi.Address;
import id.go.bekasikab.bpu.participant.ParticipantApi.HeirBody;
import id.go.bekasikab.bpu.participant.ParticipantApi.Registration;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.rules.Nik;
import id.go.bekasikab.bpu.rules.PersonName;
import id.go.bekasikab.bpu.rules.ProgrammeSelection;
import id.go.bekasikab.bpu.rules.Rejection;

import java.time.LocalDate;
import java.util.List;

/** The rules a registration or a change must pass beyond the schema: NIK, names, programmes, heirs. */
final class ParticipantChecks {

    private static final LocalDate OLDEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private ParticipantChecks() {
    }

    static ProblemException rejected(Rejection rejection, String pointer) {
        return new ProblemException(400, rejection.name(), "The request is not valid", rejection.message(),
                List.of(new FieldError(pointer, rejection.name(), rejection.message())));
    }

    static void checkIdentity(Registration body, List<FieldError> errors) {
        if (body.nik() != null && !hasError(errors, "/nik")) {
            if (!Nik.isWellFormed(body.nik())) {
                errors.add(error("/nik", Rejection.INVALID_NIK));
            } else if (body.birthDate() != null && body.sex() != null) {
                new Nik(body.nik()).mismatchWith(body.birthDate(), body.sex())
                        .ifPresent(r -> errors.add(error("/nik", r)));
            }
        }
        if (body.fullName() != null && !hasError(errors, "/fullName") && !PersonName.isValid(body.fullName())) {
            errors.add(error("/fullName", Rejection.INVALID_NAME));
        }
        if (body.birthDate() != null && body.birthDate().isBefore(OLDEST_BIRTH_DATE)) {
            errors.add(new FieldError("/birthDate", "OUT_OF_RANGE", "must be on or after 1900-01-01"));
        }
    }

    static void checkCommon(Address address, List<id.go.bekasikab.bpu.rules.Programme> programmes,
                                    List<HeirBody> heirs, List<FieldError> errors) {
        if (programmes != null && programmes.isEmpty() && !hasError(errors, "/programmes")) {
            // what a client sends when it did not mean to change them: never read as "no programmes"
            errors.add(new FieldError("/programmes", "EMPTY_LIST",
                    "leave programmes out to keep them; a participant holds JKK and JKM at least"));
        }
        if (programmes != null && !hasError(errors, "/programmes") && !programmes.contains(null)) {
            ProgrammeSelection.check(programmes).ifPresent(r -> errors.add(error("/programmes", r)));
        }
        if (heirs == null) {
            return;
        }
        for (int i = 0; i < heirs.size(); i++) {
            HeirBody heir = heirs.get(i);
            String at = "/heirs/" + i;
            if (heir == null) {
                continue;
            }
            if (heir.fullName() != null && !hasError(errors, at + "/fullName") && !PersonName.isValid(heir.fullName())) {
                errors.add(error(at + "/fullName", Rejection.INVALID_NAME));
            }
            if (heir.nik() != null && !hasError(errors, at + "/nik")) {
                if (!Nik.isWellFormed(heir.nik())) {
                    errors.add(error(at + "/nik", Rejection.INVALID_NIK));
                } else if (heir.birthDate() != null && !new Nik(heir.nik()).fitsBirthDate(heir.birthDate())) {
                    errors.add(error(at + "/nik", Rejection.NIK_BIRTH_DATE_MISMATCH));
                }
            }
        }
    }

    /** An address lies in a village that exists and is current (issue #15: not just a well-formed code). */
    static void checkRegion(Address address, Regions regions, List<FieldError> errors) {
        String at = "/address/regionCode";
        if (address == null || address.regionCode() == null || hasError(errors, at)) {
            return;
        }
        String code = address.regionCode();
        if (!regions.isCurrent(code, Regions.Level.VILLAGE)) {
            errors.add(new FieldError(at, "UNKNOWN_REGION", regions.find(code).map(r -> r.current()
                    ? code + " is a " + r.level().name().toLowerCase() + " (" + r.name() + "), not a village"
                    : code + " was retired" + (r.replacedBy() == null ? "" : "; use " + r.replacedBy()))
                    .orElse(code + " is not a Kemendagri village code")));
        }
    }

    private static boolean hasError(List<FieldError> errors, String pointer) {
        return errors.stream().anyMatch(e -> e.pointer().equals(pointer) || e.pointer().startsWith(pointer + "/"));
    }

    private static FieldError error(String pointer, Rejection rejection) {
        return new FieldError(pointer, rejection.name(), rejection.message());
    }
}
