package dev.teamgate.domain.integration;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.fixture.RoomEntries;
import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The {@code integrationSources} fixture section: a list of
 * {@code {room, name, token | tokenHash, creator, externalUrl, errorMessage, configurationUrl,
 * applicationRef, applicationName, applicationIcon, createdAt, updatedAt, deletedAt}}. The token
 * must be a ROOM_TOKEN credential of the same workspace (listed under {@code credentials}); the
 * plain {@code token} is for hand-written seeds, exports write its digest.
 */
@Component
@RequiredArgsConstructor
class IntegrationSourceFixtureSection implements FixtureSection {

    private final IntegrationSourceRepository sources;
    private final RoomEntries roomEntries;
    private final AccountRepository accounts;
    private final CredentialRepository credentials;

    @Override
    public String name() {
        return "integrationSources";
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        FixtureJson.forEachEntry(name(), data, (entry, path) -> {
            IntegrationSource source = new IntegrationSource(roomEntries.room(workspace, entry, path),
                    FixtureJson.required(entry, "name", path), roomEntries.createdAt(entry, path));
            source.setCredential(token(workspace, entry, path));
            source.setCreator(FixtureJson.reference(entry, "creator", path, "account",
                    slug -> accounts.findByWorkspaceAndSlug(workspace, slug)));
            source.setExternalUrl(FixtureJson.text(entry, "externalUrl"));
            source.setErrorMessage(FixtureJson.text(entry, "errorMessage"));
            source.setConfigurationUrl(FixtureJson.text(entry, "configurationUrl"));
            source.setApplicationRef(FixtureJson.text(entry, "applicationRef"));
            source.setApplicationName(FixtureJson.text(entry, "applicationName"));
            source.setApplicationIcon(FixtureJson.text(entry, "applicationIcon"));
            source.setUpdatedAt(FixtureJson.instant(entry, "updatedAt", path, source.getCreatedAt()));
            source.setDeletedAt(FixtureJson.instant(entry, "deletedAt", path));
            sources.save(source);
        });
    }

    private Credential token(Workspace workspace, JsonNode entry, String path) {
        String plain = FixtureJson.text(entry, "token");
        String hash = plain != null ? SecretHasher.sha256Hex(plain) : FixtureJson.text(entry, "tokenHash");
        if (hash == null) {
            return null;
        }
        List<Credential> found = credentials.findBySecretHash(hash).stream()
                .filter(c -> c.getWorkspace().getId().equals(workspace.getId()))
                .toList();
        if (found.isEmpty()) {
            throw new InvalidInputException(path + ".token", path + ".token is not a credential of this workspace");
        }
        return found.get(0);
    }

    @Override
    public JsonNode export(Workspace workspace) {
        return roomEntries.export(workspace, sources::findByRoomOrderById, (s, node) -> {
            node.put("name", s.getName());
            FixtureJson.putIfPresent(node, "tokenHash", s.getCredential() == null ? null : s.getCredential().getSecretHash());
            FixtureJson.putIfPresent(node, "creator", s.getCreator() == null ? null : s.getCreator().getSlug());
            FixtureJson.putIfPresent(node, "externalUrl", s.getExternalUrl());
            FixtureJson.putIfPresent(node, "errorMessage", s.getErrorMessage());
            FixtureJson.putIfPresent(node, "configurationUrl", s.getConfigurationUrl());
            FixtureJson.putIfPresent(node, "applicationRef", s.getApplicationRef());
            FixtureJson.putIfPresent(node, "applicationName", s.getApplicationName());
            FixtureJson.putIfPresent(node, "applicationIcon", s.getApplicationIcon());
            FixtureJson.putIfPresent(node, "createdAt", s.getCreatedAt());
            FixtureJson.putIfPresent(node, "updatedAt", s.getUpdatedAt());
            FixtureJson.putIfPresent(node, "deletedAt", s.getDeletedAt());
        });
    }
}
