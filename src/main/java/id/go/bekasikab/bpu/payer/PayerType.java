package id.go.bekasikab.bpu.payer;

public enum PayerType {
    REGENCY, VILLAGE, CENTRAL_GOVERNMENT, WADAH, DONOR, EMPLOYER
}
