package dev.teamgate.domain.thread;

import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.fixture.RoomEntries;
import dev.teamgate.domain.integration.IntegrationSourceRepository;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The {@code messageThreads} fixture section: a list of {@code {room, threadKey, externalKey,
 * source (a source name of the same room), title, body, externalUrl, statusValue, statusColor,
 * actions (JSON array), fields (JSON array), createdAt, updatedAt}}. Messages join a thread through
 * their own {@code threadKey}. Sources load first (sections load in name order).
 */
@Component
@RequiredArgsConstructor
class MessageThreadFixtureSection implements FixtureSection {

    private final MessageThreadRepository threads;
    private final RoomEntries roomEntries;
    private final IntegrationSourceRepository sources;
    private final ObjectMapper json;

    @Override
    public String name() {
        return "messageThreads";
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        FixtureJson.forEachEntry(name(), data, (entry, path) -> {
            Room room = roomEntries.room(workspace, entry, path);
            MessageThread thread = new MessageThread(room, FixtureJson.required(entry, "threadKey", path),
                    FixtureJson.required(entry, "title", path), roomEntries.createdAt(entry, path));
            thread.setExternalKey(FixtureJson.text(entry, "externalKey"));
            thread.setSource(FixtureJson.reference(entry, "source", path, "source of that room",
                    name -> sources.findByRoomOrderById(room).stream().filter(s -> s.getName().equals(name)).findFirst()));
            thread.setBody(FixtureJson.text(entry, "body"));
            thread.setExternalUrl(FixtureJson.text(entry, "externalUrl"));
            thread.setStatusValue(FixtureJson.text(entry, "statusValue"));
            thread.setStatusColor(FixtureJson.text(entry, "statusColor"));
            thread.setActions(FixtureJson.jsonText(entry, "actions"));
            thread.setFields(FixtureJson.jsonText(entry, "fields"));
            thread.setUpdatedAt(FixtureJson.instant(entry, "updatedAt", path, thread.getCreatedAt()));
            threads.save(thread);
        });
    }

    @Override
    public JsonNode export(Workspace workspace) {
        return roomEntries.export(workspace, threads::findByRoomOrderById, (t, node) -> {
            node.put("threadKey", t.getThreadKey());
            FixtureJson.putIfPresent(node, "externalKey", t.getExternalKey());
            FixtureJson.putIfPresent(node, "source", t.getSource() == null ? null : t.getSource().getName());
            node.put("title", t.getTitle());
            FixtureJson.putIfPresent(node, "body", t.getBody());
            FixtureJson.putIfPresent(node, "externalUrl", t.getExternalUrl());
            FixtureJson.putIfPresent(node, "statusValue", t.getStatusValue());
            FixtureJson.putIfPresent(node, "statusColor", t.getStatusColor());
            if (t.getActions() != null) {
                node.set("actions", json.readTree(t.getActions()));
            }
            if (t.getFields() != null) {
                node.set("fields", json.readTree(t.getFields()));
            }
            FixtureJson.putIfPresent(node, "createdAt", t.getCreatedAt());
            FixtureJson.putIfPresent(node, "updatedAt", t.getUpdatedAt());
        });
    }
}
