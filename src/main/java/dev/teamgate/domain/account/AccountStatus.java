package dev.teamgate.domain.account;

/** Lifecycle of a member: only ACTIVE accounts may act; REMOVED ones are kept for history. */
public enum AccountStatus {
    ACTIVE, DEACTIVATED, LOCKED, REMOVED
}
