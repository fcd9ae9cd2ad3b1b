package id.go.bekasikab.bpu.rules;

public record ContributionLine(Programme programme, long amount) {
}
