package dev.teamgate.domain.account;

/** A member's standing in its workspace, from most to least privileged. */
public enum AccountRole {
    OWNER, ADMIN, MEMBER, GUEST, EXTERNAL;

    public boolean isAdministrative() {
        return this == OWNER || this == ADMIN;
    }
}
