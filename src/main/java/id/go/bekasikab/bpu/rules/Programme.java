package id.go.bekasikab.bpu.rules;

/** BPJAMSOSTEK programmes. JP (pension) and JKP (job loss) exist but are never offered to BPU participants. */
public enum Programme {
    JKK, JKM, JHT, JP, JKP;

    public boolean offeredToBpu() {
        return this == JKK || this == JKM || this == JHT;
    }
}
