package dev.teamgate.flowdock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which rooms are flows, and who may see and join a flow by its access mode, without a server. */
class FlowRoomsTest {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    static final Workspace ACME = new Workspace("flowdock", "acme", "8", "Acme", T);

    static Room flow(String accessMode) {
        Room room = new Room(ACME, "main", "f1", "flow", "Main", T);
        room.setAccessMode(accessMode);
        return room;
    }

    @Test
    void onlyRoomsOfKindFlowAreFlows() {
        assertThat(FlowRooms.isFlow(flow("invitation"))).isTrue();
        assertThat(FlowRooms.isFlow(new Room(ACME, "dm", "p1", "private", "DM", T))).isFalse();
    }

    @Test
    void aFlowWithoutAStoredAccessModeIsInvitationOnly() {
        Room legacy = flow(null);
        assertThat(FlowRooms.accessMode(legacy)).isEqualTo("invitation");
        assertThat(FlowRooms.joinable(legacy)).isFalse();
        assertThat(FlowRooms.openToOrganization(legacy)).isFalse();
    }

    @Test
    void linkFlowsAreJoinableButNotOpenToTheOrganization() {
        assertThat(FlowRooms.joinable(flow("link"))).isTrue();
        assertThat(FlowRooms.openToOrganization(flow("link"))).isFalse();
    }

    @Test
    void organizationFlowsAreJoinableAndOpen() {
        assertThat(FlowRooms.joinable(flow("organization"))).isTrue();
        assertThat(FlowRooms.openToOrganization(flow("organization"))).isTrue();
        assertThat(FlowRooms.joinable(flow("invitation"))).isFalse();
    }

    @Test
    void theAccessModesAreFlowdocksThree() {
        assertThat(FlowRooms.ACCESS_MODES).containsExactlyInAnyOrder("invitation", "link", "organization");
    }
}
