package dev.teamgate.domain.invitation;

/** An invitation waits until it is accepted; declining or cancelling removes it. */
public enum InvitationState {
    PENDING, ACCEPTED
}
