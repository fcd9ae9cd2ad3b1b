package id.go.bekasikab.bpu.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid request bodies with fresh NIKs, to be changed field by field in each test. */
public final class Fixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger(1);
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

    private Fixtures() {
    }

    /** A NIK issued in Cikarang Pusat (32.16.20) that matches the birth date and sex. */
    public static String nik(LocalDate birthDate, boolean female) {
        String date = birthDate.format(DDMMYY);
        if (female) {
            date = String.format("%02d", birthDate.getDayOfMonth() + 40) + date.substring(2);
        }
        return "321620" + date + String.format("%04d", SERIAL.getAndIncrement() % 9999 + 1);
    }

    /** A male ojol driver, born 17 August 1990, declaring Rp1,000,000 for JKK + JKM. */
    public static Map<String, Object> registration() {
        LocalDate birthDate = LocalDate.of(1990, 8, 17).plusDays(SERIAL.get() / 9999);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nik", nik(birthDate, false));
        body.put("fullName", "Ahmad Fauzi");
        body.put("birthDate", birthDate.toString());
        body.put("sex", "MALE");
        body.put("phone", "081234567890");
        body.put("address", new LinkedHashMap<>(Map.of("line", "Kp. Pulo RT 02/05", "regionCode", "32.16.20.2001")));
        body.put("occupation", "OJOL");
        body.put("declaredIncome", 1_000_000);
        body.put("programmes", new ArrayList<>(List.of("JKK", "JKM")));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    public static Map<String, Object> heir(String name, String relationship, String birthDate) {
        Map<String, Object> heir = new LinkedHashMap<>();
        heir.put("fullName", name);
        heir.put("relationship", relationship);
        heir.put("birthDate", birthDate);
        return heir;
    }
}
