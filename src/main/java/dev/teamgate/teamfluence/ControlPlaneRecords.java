package dev.teamgate.teamfluence;

import java.util.List;

/** Bodies of the Teamfluence control-plane endpoints under {@code /_admin/teamfluence}. */
final class ControlPlaneRecords {

    private ControlPlaneRecords() {
    }

    /** A new API key, shown this once; the profile's earlier keys were revoked. */
    record RotatedKey(String teamspace, String profileId, String apiKey, String displayPrefix, int revokedKeys) {
    }

    record BillingState(String teamspace, boolean apiAccess, boolean billingLimited) {
    }

    /** Either switch may be left out to keep its value. */
    record BillingChange(Boolean apiAccess, Boolean billingLimited) {
    }

    record LeadWebhooks(String teamspace, List<String> urls) {
    }

    record LeadWebhooksChange(List<String> urls) {
    }
}
