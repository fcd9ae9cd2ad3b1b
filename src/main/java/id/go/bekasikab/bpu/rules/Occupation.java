package id.go.bekasikab.bpu.rules;

/** Occupations of informal workers; the sector follows from the occupation. */
public enum Occupation {
    BURUH_TANI, PETANI, NELAYAN, OJEK, OJOL, SOPIR, KURIR, PEDAGANG, UMKM, MARBOT, GURU_NGAJI, GURU_HONORER,
    BURUH_BANGUNAN, PENGRAJIN, LAINNYA;

    /** PP 50/2025 names ojol, ojek pangkalan, drivers and couriers as the transport sector. */
    public Sector sector() {
        return switch (this) {
            case OJEK, OJOL, SOPIR, KURIR -> Sector.TRANSPORT;
            default -> Sector.GENERAL;
        };
    }
}
