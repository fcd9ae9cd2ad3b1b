package id.go.bekasikab.bpu.participant;

/** Indonesian phone numbers in one stored form, +62…, whichever way they were typed (08…, 628…, +628…). */
final class Phones {

    private Phones() {
    }

    static String normalise(String phone) {
        if (phone.startsWith("+62")) {
            return phone;
        }
        if (phone.startsWith("62")) {
            return "+" + phone;
        }
        return "+62" + phone.substring(1);
    }
}
