package dev.teamgate.talktome;

/** A company (workspace) whose key was verified for this call. */
record Company(Long workspaceId, String companyId, String name) {
}
