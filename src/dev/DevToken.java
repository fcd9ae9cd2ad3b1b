import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Prints a bearer token signed with the committed dev key, for the run command's service only (production refuses
 * this key). Usage, from the project folder:
 *   java src/dev/DevToken.java ROLE[,ROLE…] [PAYER_ID | CHANNEL_ID] [SUBJECT]
 * e.g. {@code TOKEN=$(java src/dev/DevToken.java officer)}; for the channel role the id is the channel's.
 */
public class DevToken {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java src/dev/DevToken.java integration|mobile|officer|auditor|admin|channel[,…] [payerId|channelId] [subject]");
            System.exit(2);
        }
        String[] roles = args[0].split(",");
        String payer = args.length > 1 && !args[1].isEmpty() ? args[1] : null;
        String subject = args.length > 2 ? args[2] : "dev-" + String.join("-", roles);
        long now = Instant.now().getEpochSecond();
        StringBuilder groups = new StringBuilder();
        for (String role : roles) {
            groups.append(groups.isEmpty() ? "" : ",").append('"').append(role.strip()).append('"');
        }
        // the service accepts tokens for its audience that live an hour at most
        String payload = "{\"iss\":\"https://bpu.bekasikab.go.id/dev\",\"aud\":\"bpu-service\",\"sub\":\"" + subject
                + "\",\"groups\":[" + groups + "],\"iat\":" + now + ",\"exp\":" + (now + 3600) + ",\"azp\":\"dev-cli\""
                + (payer == null ? "" : ",\"" + (java.util.List.of(roles).contains("channel") ? "channel_id" : "payer_id")
                + "\":\"" + payer + "\"") + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        String pem = Files.readString(Path.of("src/main/resources/dev/privateKey.pem"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))));
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        System.out.println(unsigned + "." + b64.encodeToString(rsa.sign()));
    }
}
