package id.go.bekasikab.bpu.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.bekasikab.bpu.client.ApiClient;
import id.go.bekasikab.bpu.client.ApiException;
import id.go.bekasikab.bpu.client.ApiResponse;
import id.go.bekasikab.bpu.client.api.ClaimsApi;
import id.go.bekasikab.bpu.client.api.ContributionsApi;
import id.go.bekasikab.bpu.client.api.ParticipantsApi;
import id.go.bekasikab.bpu.client.api.PayersApi;
import id.go.bekasikab.bpu.client.model.Address;
import id.go.bekasikab.bpu.client.model.BulkPayment;
import id.go.bekasikab.bpu.client.model.Channel;
import id.go.bekasikab.bpu.client.model.Claim;
import id.go.bekasikab.bpu.client.model.ClaimDocument;
import id.go.bekasikab.bpu.client.model.ClaimStatus;
import id.go.bekasikab.bpu.client.model.Claimant;
import id.go.bekasikab.bpu.client.model.ClaimantRelationship;
import id.go.bekasikab.bpu.client.model.DocumentType;
import id.go.bekasikab.bpu.client.model.FundingSource;
import id.go.bekasikab.bpu.client.model.Heir;
import id.go.bekasikab.bpu.client.model.HeirRelationship;
import id.go.bekasikab.bpu.client.model.Invoice;
import id.go.bekasikab.bpu.client.model.Job;
import id.go.bekasikab.bpu.client.model.JobState;
import id.go.bekasikab.bpu.client.model.NewClaim;
import id.go.bekasikab.bpu.client.model.NewPayer;
import id.go.bekasikab.bpu.client.model.NewSponsorship;
import id.go.bekasikab.bpu.client.model.Occupation;
import id.go.bekasikab.bpu.client.model.Participant;
import id.go.bekasikab.bpu.client.model.ParticipantPatch;
import id.go.bekasikab.bpu.client.model.PayerType;
import id.go.bekasikab.bpu.client.model.PaymentRequest;
import id.go.bekasikab.bpu.client.model.Problem;
import id.go.bekasikab.bpu.client.model.Programme;
import id.go.bekasikab.bpu.client.model.Quote;
import id.go.bekasikab.bpu.client.model.Receipt;
import id.go.bekasikab.bpu.client.model.Reconciliation;
import id.go.bekasikab.bpu.client.model.Registration;
import id.go.bekasikab.bpu.client.model.Sex;
import id.go.bekasikab.bpu.client.model.Statement;
import id.go.bekasikab.bpu.payer.PayerTestSupport;
import id.go.bekasikab.bpu.support.Fixtures;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #20: the Java client openapi-generator makes from openapi/ (java, native, the README's options) runs the
 * mobile backend's and the regency integrator's flows against the service, as client code would read.
 */
@QuarkusTest
class GeneratedClientTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static ApiClient as(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static Registration fisherwomanWithAnHeir() {
        LocalDate born = LocalDate.of(1985, 3, 5);
        return new Registration()
                .nik(Fixtures.nik(born, true)).fullName("Siti Aminah").birthDate(born).sex(Sex.FEMALE)
                .phone("081234567891")
                .address(new Address().line("Kp. Muara RT 01/02, Muara Gembong").regionCode("32.16.01.2001"))
                .occupation(Occupation.NELAYAN).declaredIncome(1_000_000L)
                .programmes(Set.of(Programme.JKK, Programme.JKM))
                .heirs(List.of(new Heir().fullName("Budi Santoso").relationship(HeirRelationship.SPOUSE)
                        .birthDate(LocalDate.of(1983, 1, 9))));
    }

    @Test
    void aMobileBackendRegistersQuotesPaysReplaysChecksCoverAndTracksAClaim() throws Exception {
        ApiClient mobile = as(Tokens.of("mobile-backend", null, "mobile"));
        ParticipantsApi participants = new ParticipantsApi(mobile);
        ContributionsApi contributions = new ContributionsApi(mobile);
        ClaimsApi claims = new ClaimsApi(mobile);

        Participant siti = participants.registerParticipant(fisherwomanWithAnHeir());
        Quote quote = contributions.quoteContribution(1_000_000L, "JKK,JKM",
                Occupation.NELAYAN, null, null);
        assertEquals(16_800L, quote.getLines().stream().mapToLong(l -> l.getGross()).sum());

        // a PATCH of another field leaves the heirs alone: absent lists are not sent
        ApiResponse<Participant> read = participants.getParticipantWithHttpInfo(siti.getId(), null);
        String etag = read.getHeaders().get("etag").get(0);
        Participant patched = participants.patchParticipant(siti.getId(), etag,
                new ParticipantPatch().programmes(Set.of(Programme.JKK, Programme.JKM, Programme.JHT)), null);
        assertEquals(1, patched.getHeirs().size(), "the heir is still there");
        assertEquals(Set.of(Programme.JKK, Programme.JKM, Programme.JHT), Set.copyOf(patched.getProgrammes()));

        // pay what is due by months, which never sends periods; the same key again is the same receipt
        Statement statement = contributions.getContributionStatement(siti.getId(), null, null);
        long due = statement.getSummary().getAmountDueNow();
        UUID key = UUID.randomUUID();
        PaymentRequest payment = new PaymentRequest().participantId(siti.getId()).months(1L).amount(due)
                .channel(Channel.EWALLET);
        assertNull(payment.getPeriods());
        Receipt receipt = contributions.payContributions(key, payment);
        ApiResponse<Receipt> replay = contributions.payContributionsWithHttpInfo(key, payment, null);
        assertEquals(receipt.getReceiptNumber(), replay.getData().getReceiptNumber());
        assertEquals(List.of("true"), replay.getHeaders().get("idempotent-replayed"));

        LocalDate today = LocalDate.now(JAKARTA);
        assertTrue(contributions.getCoverage(siti.getId(), today).getProtected());

        // her husband claims JKM; the claim is tracked through the participant
        Claim claim = claims.submitClaim(UUID.randomUUID(), new NewClaim().participantId(siti.getId())
                .programme(Programme.JKM).eventDate(today)
                .claimant(new Claimant().fullName("Budi Santoso").relationship(ClaimantRelationship.SPOUSE))
                .documents(List.of(new ClaimDocument().type(DocumentType.DEATH_CERTIFICATE)
                        .reference("dms://cikarang/akta-kematian"))));
        assertTrue(claim.getEligible());
        assertEquals(ClaimStatus.SUBMITTED, claim.getStatus());
        assertEquals(claim.getId(), claims.listParticipantClaims(siti.getId()).get(0).getId());
        assertFalse(claims.getClaim(claim.getId()).getMissingDocuments().isEmpty());
    }

    @Test
    void everyGeneratedModelIsASchemaTheContractNames() throws Exception {
        Path models = Path.of("target/generated-test-sources/bpu-client/src/main/java/id/go/bekasikab/bpu/client/model");
        @SuppressWarnings("unchecked")
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) new ObjectMapper(new YAMLFactory())
                .readValue(Path.of("openapi/bpu-api.yaml").toFile(), Map.class).get("components")).get("schemas");
        List<String> madeUp = new ArrayList<>();
        try (Stream<Path> files = Files.list(models)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                // the generator's own base class for oneOf models is support code, not a schema
                if (!schemas.containsKey(name) && !name.equals("AbstractOpenApiSchema")) {
                    madeUp.add(name);
                }
                if (Files.readString(file).matches("(?s).*public enum \\w+Enum .*")) {
                    madeUp.add(name + " (an inline enum)");
                }
            }
        }
        assertEquals(List.of(), madeUp, "names the generator had to invent");
    }

    @Test
    void errorsReadAsTheContractsProblem() throws Exception {
        ApiClient mobile = as(Tokens.of("mobile-backend", null, "mobile"));
        Registration twice = fisherwomanWithAnHeir();
        new ParticipantsApi(mobile).registerParticipant(twice);
        ApiException refused = assertThrows(ApiException.class,
                () -> new ParticipantsApi(mobile).registerParticipant(twice));
        Problem problem = mobile.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(409, refused.getCode());
        assertEquals("NIK_ALREADY_REGISTERED", problem.getCode().getValue());
    }

    @Test
    void aRegencyIntegratorSponsorsEnrolsInvoicesDryRunsAndPays() throws Exception {
        ApiClient admin = as(Tokens.of("admin.cikarang", null, "admin"));
        UUID payer = new PayersApi(admin).createPayer(new NewPayer().type(PayerType.REGENCY)
                .fundingSource(FundingSource.APBD).name("Pemerintah Kabupaten Bekasi").regionCode("32.16")).getId();
        ApiClient regency = as(Tokens.of("simpeg.bekasikab", payer, "integration"));
        PayersApi payers = new PayersApi(regency);
        String month = YearMonth.now(JAKARTA).toString();

        Participant worker = new ParticipantsApi(as(Tokens.staff())).registerParticipant(fisherwomanWithAnHeir());
        payers.sponsorParticipant(payer, new NewSponsorship().participantId(worker.getId()).from(month));

        LocalDate born = LocalDate.of(1978, 11, 22);
        String csv = PayerTestSupport.csvHeader() + "\n" + String.join(",", Fixtures.nik(born, false),
                "Dedi Kurniawan", born.toString(), "MALE", "081234567892", "", "Kp. Pulo RT 03/05", "32.16.20.2001",
                "BURUH_TANI", "1000000") + "\n";
        Job job = payers.enrolParticipants(payer, UUID.randomUUID(), csv, month, null);
        assertEquals(1, job.getTotal());
        assertTrue(Set.of(JobState.QUEUED, JobState.RUNNING, JobState.COMPLETED).contains(job.getState()));

        Invoice invoice = payers.getInvoice(payer, month);
        assertEquals(1, invoice.getLines());
        BulkPayment transfer = new BulkPayment().months(Set.of(month)).amount(invoice.getOutstanding())
                .transferReference("SP2D-" + UUID.randomUUID());
        Reconciliation dryRun = payers.payInvoices(payer, UUID.randomUUID(), transfer.dryRun(true));
        assertTrue(dryRun.getDryRun());
        Reconciliation paid = payers.payInvoices(payer, UUID.randomUUID(), transfer.dryRun(null));
        assertEquals(invoice.getOutstanding(), paid.getSettledAmount());
        assertEquals(0L, paid.getCredit());
        assertEquals(paid.getId(), payers.getReconciliation(payer, paid.getId()).getId());
    }
}
