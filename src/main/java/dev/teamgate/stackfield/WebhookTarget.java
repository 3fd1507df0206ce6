package dev.teamgate.stackfield;

/**
 * What one webhook URL acts on, resolved for a request after the gate's checks: its workspace,
 * its room (null for organization-wide webhooks), its kind and the name its posts carry.
 */
record WebhookTarget(long credentialId, long workspaceId, Long roomId, WebhookKind kind, String label) {

    /** The author name of what the webhook posts: the webhook's label, as Stackfield shows the integration. */
    String authorName() {
        return label == null || label.isBlank() ? "WebHook" : label;
    }
}
