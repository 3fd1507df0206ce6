package dev.teamgate.stackfield;

import static dev.teamgate.stackfield.SeededWebhooks.DEMO_ROOM_ID;
import static dev.teamgate.stackfield.SeededWebhooks.DIRECT_CHAT_ROOM_ID;
import static dev.teamgate.stackfield.SeededWebhooks.OLD_ROOM_ID;
import static dev.teamgate.stackfield.SeededWebhooks.ORGANIZATION;
import static dev.teamgate.stackfield.SeededWebhooks.ORG_ROOM_SETTINGS;
import static dev.teamgate.stackfield.SeededWebhooks.PROJECTS_ROOM_ID;
import static dev.teamgate.stackfield.SeededWebhooks.ROOM_SETTINGS;
import static dev.teamgate.stackfield.SeededWebhooks.ROOM_SETTINGS_ARCHIVED_ROOM;
import static dev.teamgate.stackfield.SeededWebhooks.TEMPLATE_6_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** ArchiveRoom, GrantRoomAccess and RevokeRoomAccess, through room-bound and organization-wide webhooks. */
class RoomCommandServerTest extends StackfieldServerTest {

    static final String INVALID_ID = result("4035", "Invalid request. ObjectId is invalid.");
    static final String ROOM_NOT_ACTIVE = result("4036", "Room level: Module, Room or Organisation not active.");
    static final String USERS_EMPTY = result("4051", "Invalid request. Users is null or empty.");
    static final String NOT_A_MEMBER = result("4075", "Invalid request. User with email not member of this organization.");
    static final String LAST_ADMIN = result("4077", "Invalid request. You can not remove all admins.");

    boolean archived(String roomApiId) {
        return read(() -> roomByApiId(roomApiId).isArchived());
    }

    @Test
    void archiveRoomArchivesTheWebhooksRoom() {
        expect(ROOM_SETTINGS, "{\"Command\":\"ArchiveRoom\"}", OK);
        assertThat(archived(PROJECTS_ROOM_ID)).isTrue();
    }

    @Test
    void archivingAnArchivedRoomIs4079() {
        expect(ROOM_SETTINGS_ARCHIVED_ROOM, "{\"Command\":\"ArchiveRoom\"}", result("4079", "Room is already archived"));
        assertThat(archived(OLD_ROOM_ID)).isTrue();
    }

    @Test
    void theOrganizationWebhookArchivesTheRoomNamedByRoomId() {
        expect(ORGANIZATION, "{\"Command\":\"ArchiveRoom\",\"RoomId\":\"" + DEMO_ROOM_ID.toUpperCase() + "\"}", OK);
        assertThat(archived(DEMO_ROOM_ID)).isTrue();
        assertThat(archived(PROJECTS_ROOM_ID)).isFalse();
    }

    @Test
    void anOrganizationWideRoomSettingsWebhookNeedsARoomId4071() {
        expect(ORG_ROOM_SETTINGS, "{\"Command\":\"ArchiveRoom\"}", result("4071", "Invalid request. RoomId is null or empty."));
        expect(ORGANIZATION, "{\"Command\":\"GrantRoomAccess\",\"RoomId\":\"\",\"Users\":[\"remtester@mail.de\"]}",
                result("4071", "Invalid request. RoomId is null or empty."));
        expect(ORG_ROOM_SETTINGS, "{\"Command\":\"ArchiveRoom\",\"RoomId\":\"" + PROJECTS_ROOM_ID + "\"}", OK);
        assertThat(archived(PROJECTS_ROOM_ID)).isTrue();
    }

    @Test
    void aRoomIdThatNamesNoRoomOfTheOrganizationIs4035() {
        expect(ORGANIZATION, "{\"Command\":\"ArchiveRoom\",\"RoomId\":\"no-such-room\"}", INVALID_ID);
        // the basic organization's room, seen from the demo organization
        expect(ORGANIZATION, "{\"Command\":\"ArchiveRoom\",\"RoomId\":\"b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e\"}", INVALID_ID);
        assertThat(read(() -> room("basic", "team").isArchived())).isFalse();
    }

    @Test
    void aRoomBoundWebhookOnlyActsOnItsOwnRoom() {
        expect(ROOM_SETTINGS, "{\"Command\":\"ArchiveRoom\",\"RoomId\":\"" + DEMO_ROOM_ID + "\"}", INVALID_ID);
        assertThat(archived(DEMO_ROOM_ID)).isFalse();
        expect(ROOM_SETTINGS, "{\"Command\":\"ArchiveRoom\",\"RoomId\":\"" + PROJECTS_ROOM_ID + "\"}", OK);
        assertThat(archived(PROJECTS_ROOM_ID)).isTrue();
    }

    @Test
    void directChatsAndTemplatesAreRoomTypesThatAreNotSupported4033() {
        String unsupported = result("4033", "Room type is not supported.");
        expect(ORGANIZATION, "{\"Command\":\"ArchiveRoom\",\"RoomId\":\"" + DIRECT_CHAT_ROOM_ID + "\"}", unsupported);
        expect(ORGANIZATION, "{\"Command\":\"ArchiveRoom\",\"RoomId\":\"" + TEMPLATE_6_ID + "\"}", unsupported);
        assertThat(archived(DIRECT_CHAT_ROOM_ID)).isFalse();
    }

    @Test
    void grantRoomAccessAddsMembersAsAdminWhenIsAdmin() {
        expect(ROOM_SETTINGS, """
                {"Command":"GrantRoomAccess","Users":[{"Email":"remtester@mail.de","GroupId":2,"IsAdmin":"true"},
                 "user1@demo.de",{"Email":"eve@external.example","IsAdmin":false}]}""", OK);

        assertThat(members(PROJECTS_ROOM_ID)).isEqualTo(Map.of("ada@demo.de", true, "remtester@mail.te", false,
                "remtester@mail.de", true, "user1@demo.de", false, "eve@external.example", false));
    }

    @Test
    void grantingAMemberAgainSetsItsAdminFlag() {
        expect(ROOM_SETTINGS, "{\"Command\":\"GrantRoomAccess\",\"Users\":[{\"Email\":\"remtester@mail.te\",\"IsAdmin\":true}]}", OK);
        expect(ROOM_SETTINGS, "{\"Command\":\"GrantRoomAccess\",\"Users\":[\"remtester@mail.te\"]}", OK);

        assertThat(members(PROJECTS_ROOM_ID)).isEqualTo(Map.of("ada@demo.de", true, "remtester@mail.te", true));
    }

    @Test
    void grantRoomAccessWithoutUsersIs4051() {
        expect(ROOM_SETTINGS, "{\"Command\":\"GrantRoomAccess\"}", USERS_EMPTY);
        expect(ROOM_SETTINGS, "{\"Command\":\"GrantRoomAccess\",\"Users\":[]}", USERS_EMPTY);
        expect(ROOM_SETTINGS, "{\"Command\":\"RevokeRoomAccess\",\"Users\":null}", USERS_EMPTY);
        assertThat(members(PROJECTS_ROOM_ID)).hasSize(2);
    }

    @Test
    void grantingSomeoneOutsideTheOrganizationIs4075AndAddsNobody() {
        expect(ROOM_SETTINGS, "{\"Command\":\"GrantRoomAccess\",\"Users\":[\"user1@demo.de\",\"stranger@elsewhere.example\"]}",
                NOT_A_MEMBER);
        assertThat(members(PROJECTS_ROOM_ID)).containsOnlyKeys("ada@demo.de", "remtester@mail.te");
    }

    @Test
    void aGroupIdThatIsNotTheUsersRoleIs4078() {
        expect(ROOM_SETTINGS, "{\"Command\":\"GrantRoomAccess\",\"Users\":[{\"Email\":\"gina@partner.example\",\"GroupId\":2}]}",
                result("4078", "Invalid email and group combination"));
        assertThat(members(PROJECTS_ROOM_ID)).doesNotContainKey("gina@partner.example");
    }

    @Test
    void grantAndRevokeInAnArchivedRoomAre4036() {
        expect(ROOM_SETTINGS_ARCHIVED_ROOM, "{\"Command\":\"GrantRoomAccess\",\"Users\":[\"user1@demo.de\"]}", ROOM_NOT_ACTIVE);
        expect(ORGANIZATION, "{\"Command\":\"RevokeRoomAccess\",\"RoomId\":\"" + OLD_ROOM_ID + "\",\"Users\":[\"ada@demo.de\"]}",
                ROOM_NOT_ACTIVE);
        assertThat(members(OLD_ROOM_ID)).isEqualTo(Map.of("ada@demo.de", true));
    }

    @Test
    void demotingTheLastRoomAdminIs4077() {
        expect(ROOM_SETTINGS, "{\"Command\":\"GrantRoomAccess\",\"Users\":[{\"Email\":\"ada@demo.de\",\"IsAdmin\":false}]}", LAST_ADMIN);
        assertThat(members(PROJECTS_ROOM_ID)).containsEntry("ada@demo.de", true);
    }

    @Test
    void revokeRoomAccessRemovesTheUsers() {
        expect(ROOM_SETTINGS, "{\"Command\":\"RevokeRoomAccess\",\"Users\":[\"remtester@mail.te\"]}", OK);
        assertThat(members(PROJECTS_ROOM_ID)).isEqualTo(Map.of("ada@demo.de", true));
    }

    @Test
    void revokingAMemberWhoIsNotInTheRoomChangesNothing() {
        expect(ROOM_SETTINGS, "{\"Command\":\"RevokeRoomAccess\",\"Users\":[{\"Email\":\"user1@demo.de\"}]}", OK);
        assertThat(members(PROJECTS_ROOM_ID)).containsOnlyKeys("ada@demo.de", "remtester@mail.te");
    }

    @Test
    void revokingSomeoneOutsideTheOrganizationIs4075() {
        expect(ROOM_SETTINGS, "{\"Command\":\"RevokeRoomAccess\",\"Users\":[\"remtester@mail.te\",\"stranger@elsewhere.example\"]}",
                NOT_A_MEMBER);
        assertThat(members(PROJECTS_ROOM_ID)).containsOnlyKeys("ada@demo.de", "remtester@mail.te");
    }

    @Test
    void revokingTheLastRoomAdminIs4077() {
        expect(ROOM_SETTINGS, "{\"Command\":\"RevokeRoomAccess\",\"Users\":[\"ada@demo.de\",\"remtester@mail.te\"]}", LAST_ADMIN);
        assertThat(members(PROJECTS_ROOM_ID)).containsOnlyKeys("ada@demo.de", "remtester@mail.te");
    }

    @Test
    void anInvalidEmailInUsersIs4056() {
        expect(ROOM_SETTINGS, "{\"Command\":\"RevokeRoomAccess\",\"Users\":[\"remtester(at)mail.te\"]}",
                result("4056", "Invalid request. User contains invalid email."));
        assertThat(members(PROJECTS_ROOM_ID)).hasSize(2);
    }
}
