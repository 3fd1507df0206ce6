package dev.teamgate.commflow;

/** {@code GET /v1/me}: the user behind the credential and its workspace, not wrapped in {@code data}. */
record MeResponse(String id, String email, String name, WorkspaceRef workspace) {

    record WorkspaceRef(String id, String name) {
    }
}
