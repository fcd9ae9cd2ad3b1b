package id.go.bekasikab.bpu.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The webhook resources' bodies (issue #13). */
public final class WebhookApi {

    private WebhookApi() {
    }

    public record NewSubscription(@NotNull @Size(min = 8, max = 2048) String url,
                                  @Size(max = 20) List<@NotNull String> types) {
    }

    /** A subscription as its owner sees it; the secret only in the answer to its creation. */
    public record SubscriptionView(UUID id, String url, List<String> types, String status, String disabledReason,
                                   Instant createdAt, String secret) {
    }

    public record SubscriptionList(List<SubscriptionView> items) {
    }

    public record DeliveryView(long id, UUID eventId, String type, String state, int attempts, Integer lastStatus,
                               String lastError, Instant nextAttemptAt, Instant deliveredAt) {
    }

    public record DeliveryPage(List<DeliveryView> items, String nextCursor) {
    }

    public record Replay(@NotNull @Min(1) @Max(Long.MAX_VALUE) Long fromPosition,
                         @NotNull @Min(1) @Max(Long.MAX_VALUE) Long toPosition) {
    }

    public record Replayed(int queued) {
    }
}
