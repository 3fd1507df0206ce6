package dev.teamgate.domain.lead;

/**
 * Published inside the transaction that stored a lead and its history, so outbound notifications
 * can be prepared from the same state (and sent only if that transaction commits).
 */
public record LeadAdded(Long workspaceId, Long leadId) {
}
