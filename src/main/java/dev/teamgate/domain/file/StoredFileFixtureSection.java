package dev.teamgate.domain.file;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The {@code files} property of a fixture workspace: the metadata of every stored file, so an
 * export shows what was uploaded and loads back into the same rows. The bytes stay on disk at
 * {@code storagePath}; a fixture naming a path that does not exist still loads.
 */
@Component
@RequiredArgsConstructor
public class StoredFileFixtureSection implements FixtureSection {

    private final StoredFileRepository files;
    private final RoomRepository rooms;
    private final ObjectMapper json;
    private final Clock clock;

    @Override
    public String name() {
        return "files";
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        if (!data.isArray()) {
            throw new InvalidInputException("files", "files must be an array");
        }
        for (int i = 0; i < data.size(); i++) {
            String path = "files[" + i + "]";
            StoredFileFixture f = read(data.get(i), path);
            Room room = null;
            if (f.room() != null) {
                room = rooms.findByWorkspaceAndSlug(workspace, f.room()).orElseThrow(() ->
                        new InvalidInputException(path + ".room", path + ".room refers to unknown " + f.room()));
            }
            files.save(new StoredFile(workspace, room, f.externalId() == null ? UUID.randomUUID().toString() : f.externalId(),
                    required(f.name(), path + ".name"), f.contentType(), f.size() == null ? 0 : f.size(), f.sha256(),
                    required(f.storagePath(), path + ".storagePath"),
                    f.createdAt() == null ? clock.instant() : f.createdAt()));
        }
    }

    @Override
    public JsonNode export(Workspace workspace) {
        return json.valueToTree(files.findByWorkspaceOrderById(workspace).stream()
                .map(f -> new StoredFileFixture(f.getExternalId(), f.getRoom() == null ? null : f.getRoom().getSlug(),
                        f.getName(), f.getContentType(), f.getSizeBytes(), f.getSha256(), f.getStoragePath(),
                        f.getCreatedAt()))
                .toList());
    }

    private StoredFileFixture read(JsonNode node, String path) {
        try {
            return json.treeToValue(node, StoredFileFixture.class);
        } catch (JacksonException e) {
            throw new InvalidInputException(path, path + " is not a valid file entry");
        }
    }

    private static String required(String value, String path) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(path, path + " is required");
        }
        return value;
    }
}
