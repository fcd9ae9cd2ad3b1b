package id.go.bekasikab.bpu.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.go.bekasikab.bpu.rules.Nik;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The one step that masks NIKs in responses: for a caller who may not see NIKs in full (anyone but officers and
 * auditors), the response body is turned into its JSON tree and every string that is a well-formed NIK — wherever
 * it sits, audit snapshots and stored replays included — is replaced by its mask ({@code 3216********0001}). Views
 * mask too; this is what makes a forgotten field, or a NIK inside free JSON, safe.
 */
@RequestScoped
@Unremovable // looked up by the response filter, never injected
public class NikMasking {

    private final Caller caller;
    private final ObjectMapper mapper;

    NikMasking(Caller caller, ObjectMapper mapper) {
        this.caller = caller;
        this.mapper = mapper;
    }

    void responding(ContainerResponseContext response) {
        Object entity = response.getEntity();
        // problems never carry personal data, and an unauthenticated request has no caller to ask
        if (response.getStatus() >= 300 || entity == null || entity instanceof String || caller.maySeeNik()) {
            return;
        }
        try {
            JsonNode tree = entity instanceof byte[] stored ? mapper.readTree(stored) : mapper.valueToTree(entity);
            response.setEntity(mask(tree));
        } catch (IOException | IllegalArgumentException e) {
            // not JSON (a stored replay always is): nothing to mask
        }
    }

    /** Masks every well-formed NIK in a JSON tree, in place. */
    static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue() instanceof TextNode text && isNik(text.textValue())) {
                    field.setValue(TextNode.valueOf(new Nik(text.textValue()).masked()));
                } else {
                    mask(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item instanceof TextNode text && isNik(text.textValue())) {
                    array.set(i, TextNode.valueOf(new Nik(text.textValue()).masked()));
                } else {
                    mask(item);
                }
            }
        }
        return node;
    }

    private static boolean isNik(String value) {
        return value.length() == 16 && Nik.isWellFormed(value);
    }
}
