package dev.teamgate.stackfield;

import static dev.teamgate.stackfield.SeededWebhooks.ENCRYPTED_TEMPLATE_ID;
import static dev.teamgate.stackfield.SeededWebhooks.ORGANIZATION;
import static dev.teamgate.stackfield.SeededWebhooks.ROOM_SETTINGS;
import static dev.teamgate.stackfield.SeededWebhooks.TEMPLATE_6_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRole;
import dev.teamgate.domain.account.AccountStatus;
import dev.teamgate.domain.room.Room;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The organization webhook's user commands and CreateRoom (Enterprise only). */
class OrganizationCommandServerTest extends StackfieldServerTest {

    static final String NOT_A_MEMBER = result("4075", "Invalid request. User with email not member of this organization.");
    static final String UNPARSABLE = result("4056", "Invalid request. Property could not be parsed.");
    static final String INVALID_EMAIL = result("4060", "Invalid Email.");
    static final String LAST_ADMIN = result("4077", "Invalid request. You can not remove all admins.");

    @Test
    void createUserAddsAnActiveAccountWithTheRole() {
        expect(ORGANIZATION, """
                {"Command":"CreateUser","Email":"new.person@demo.de","DisplayName":"New Person","OrgRoleId":2,
                 "UserName":"DEMO\\\\nperson","AuthProvider":"azure-ad"}""", OK);

        Account created = account("demo", "new.person@demo.de");
        assertThat(created.getName()).isEqualTo("New Person");
        assertThat(created.getRole()).isEqualTo(AccountRole.MEMBER);
        assertThat(created.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(created.getNick()).isEqualTo("DEMO\\nperson");
        assertThat(created.getCreatedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void everyOrgRoleIdMapsToItsRole() {
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"a@demo.de\",\"DisplayName\":\"A\",\"OrgRoleId\":1}", OK);
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"g@demo.de\",\"DisplayName\":\"G\",\"OrgRoleId\":\"3\"}", OK);
        expect(ORGANIZATION, "{\"Command\":\"createuser\",\"Email\":\"e@demo.de\",\"DisplayName\":\"E\",\"OrgRoleId\":4}", OK);

        assertThat(account("demo", "a@demo.de").getRole()).isEqualTo(AccountRole.ADMIN);
        assertThat(account("demo", "g@demo.de").getRole()).isEqualTo(AccountRole.GUEST);
        assertThat(account("demo", "e@demo.de").getRole()).isEqualTo(AccountRole.EXTERNAL);
    }

    @Test
    void createUserNeedsAValidEmail4060() {
        long before = accountCount("demo");
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"DisplayName\":\"X\",\"OrgRoleId\":2}", INVALID_EMAIL);
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"nobody\",\"DisplayName\":\"X\",\"OrgRoleId\":2}", INVALID_EMAIL);
        assertThat(accountCount("demo")).isEqualTo(before);
    }

    @Test
    void createUserNeedsADisplayNameAndARoleFrom1To4_4056() {
        long before = accountCount("demo");
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"x@demo.de\",\"OrgRoleId\":2}", UNPARSABLE);
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"x@demo.de\",\"DisplayName\":\"X\"}", UNPARSABLE);
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"x@demo.de\",\"DisplayName\":\"X\",\"OrgRoleId\":5}", UNPARSABLE);
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"x@demo.de\",\"DisplayName\":\"X\",\"OrgRoleId\":\"two\"}", UNPARSABLE);
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"x@demo.de\",\"DisplayName\":\"X\",\"OrgRoleId\":2.5}", UNPARSABLE);
        assertThat(accountCount("demo")).isEqualTo(before);
    }

    @Test
    void creatingAnExistingMemberIs4080() {
        String already = result("4080", "User is already member of this organization.");
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"USER1@demo.de\",\"DisplayName\":\"Again\",\"OrgRoleId\":2}", already);
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"dave@demo.de\",\"DisplayName\":\"Dave\",\"OrgRoleId\":2}", already);
        assertThat(account("demo", "user1@demo.de").getName()).isEqualTo("User One");
    }

    @Test
    void aFullOrganizationIs4072() {
        // seven active accounts in the seed
        changeWorkspace("demo", ws -> ws.getSettings().put("seats", "7"));
        long before = accountCount("demo");
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"x@demo.de\",\"DisplayName\":\"X\",\"OrgRoleId\":2}",
                result("4072", "Not enough free slots."));
        assertThat(accountCount("demo")).isEqualTo(before);

        changeWorkspace("demo", ws -> ws.getSettings().put("seats", "8"));
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"x@demo.de\",\"DisplayName\":\"X\",\"OrgRoleId\":2}", OK);
    }

    @Test
    void removeUserMarksTheAccountRemovedAndTakesItOutOfEveryRoom() {
        expect(ORGANIZATION, "{\"Command\":\"RemoveUser\",\"Email\":\"user1@demo.de\"}", OK);

        assertThat(account("demo", "user1@demo.de").getStatus()).isEqualTo(AccountStatus.REMOVED);
        assertThat(members(SeededWebhooks.DEMO_ROOM_ID)).containsOnlyKeys("ada@demo.de", "user2@demo.de");
        assertThat(members(SeededWebhooks.DIRECT_CHAT_ROOM_ID)).containsOnlyKeys("ada@demo.de");
    }

    @Test
    void aRemovedUserCanBeCreatedAgain() {
        expect(ORGANIZATION, "{\"Command\":\"RemoveUser\",\"Email\":\"user1@demo.de\"}", OK);
        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"user1@demo.de\",\"DisplayName\":\"User One Again\",\"OrgRoleId\":3}", OK);

        Account back = account("demo", "user1@demo.de");
        assertThat(back.getSlug()).isEqualTo("user1");
        assertThat(back.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(back.getRole()).isEqualTo(AccountRole.GUEST);
        assertThat(back.getName()).isEqualTo("User One Again");
    }

    @Test
    void removingOrDeactivatingSomeoneOutsideTheOrganizationIs4075() {
        expect(ORGANIZATION, "{\"Command\":\"RemoveUser\",\"Email\":\"stranger@elsewhere.example\"}", NOT_A_MEMBER);
        expect(ORGANIZATION, "{\"Command\":\"DeactivateUser\",\"Email\":\"stranger@elsewhere.example\"}", NOT_A_MEMBER);
        expect(ORGANIZATION, "{\"Command\":\"RemoveUser\",\"Email\":\"user1@demo.de\"}", OK);
        expect(ORGANIZATION, "{\"Command\":\"DeactivateUser\",\"Email\":\"user1@demo.de\"}", NOT_A_MEMBER);
        expect(ORGANIZATION, "{\"Command\":\"RemoveUser\",\"Email\":\"bob@basic.example\"}", NOT_A_MEMBER);
        assertThat(account("basic", "bob@basic.example").getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void removeAndDeactivateNeedAValidEmail4060() {
        expect(ORGANIZATION, "{\"Command\":\"RemoveUser\"}", INVALID_EMAIL);
        expect(ORGANIZATION, "{\"Command\":\"DeactivateUser\",\"Email\":\"user1 at demo.de\"}", INVALID_EMAIL);
    }

    @Test
    void deactivateUserKeepsTheAccountAndItsRooms() {
        expect(ORGANIZATION, "{\"Command\":\"DeactivateUser\",\"Email\":\"user2@demo.de\"}", OK);

        assertThat(account("demo", "user2@demo.de").getStatus()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(members(SeededWebhooks.DEMO_ROOM_ID)).containsKey("user2@demo.de");
    }

    @Test
    void deactivatingADeactivatedUserIs4076() {
        expect(ORGANIZATION, "{\"Command\":\"DeactivateUser\",\"Email\":\"dave@demo.de\"}",
                result("4076", "Invalid request. User with email is already deactivated."));
        assertThat(account("demo", "dave@demo.de").getStatus()).isEqualTo(AccountStatus.DEACTIVATED);
    }

    @Test
    void theLastActiveAdminCannotBeRemovedOrDeactivated4077() {
        expect(ORGANIZATION, "{\"Command\":\"RemoveUser\",\"Email\":\"ada@demo.de\"}", LAST_ADMIN);
        expect(ORGANIZATION, "{\"Command\":\"DeactivateUser\",\"Email\":\"ada@demo.de\"}", LAST_ADMIN);
        assertThat(account("demo", "ada@demo.de").getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(members(SeededWebhooks.DEMO_ROOM_ID)).containsKey("ada@demo.de");

        expect(ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"second.admin@demo.de\",\"DisplayName\":\"Second\",\"OrgRoleId\":1}", OK);
        expect(ORGANIZATION, "{\"Command\":\"DeactivateUser\",\"Email\":\"ada@demo.de\"}", OK);
        assertThat(account("demo", "ada@demo.de").getStatus()).isEqualTo(AccountStatus.DEACTIVATED);
    }

    @Test
    void aMissingOrEmptyCommandIs4070() {
        String empty = result("4070", "Invalid request. Command is null or empty.");
        expect(ORGANIZATION, "{\"Email\":\"x@demo.de\"}", empty);
        expect(ORGANIZATION, "{\"Command\":\" \"}", empty);
        expect(ROOM_SETTINGS, "{\"Command\":null}", empty);
    }

    @Test
    void anUnknownCommandIs4052AndTheRoomSettingsWebhookKnowsOnlyRoomCommands() {
        String unknown = result("4052", "Invalid request. Command is unknown.");
        expect(ORGANIZATION, "{\"Command\":\"DeleteOrganization\"}", unknown);
        expect(ROOM_SETTINGS, "{\"Command\":\"CreateUser\",\"Email\":\"x@demo.de\",\"DisplayName\":\"X\",\"OrgRoleId\":2}", unknown);
        expect(ROOM_SETTINGS, "{\"Command\":\"CreateRoom\",\"Name\":\"Nope\"}", unknown);
        assertThat(read(() -> accounts.findByWorkspaceAndEmailIgnoreCase(workspace("demo"), "x@demo.de"))).isEmpty();
    }

    @Test
    void createRoomMakesARoomWithMembersAndRepliesWithItsRoomId() {
        String reply = postJson(ORGANIZATION, """
                {"Command":"CreateRoom","Name":"Launch","Description":"Everything about the launch",
                 "Users":[{"Email":"user1@demo.de","GroupId":2,"IsAdmin":"true"},{"Email":"gina@partner.example","GroupId":3},
                          "user2@demo.de"]}""")
                .statusCode(200)
                .body(matchesPattern("\\{\"Result\":\"ok\",\"RoomId\":\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"}"))
                .extract().asString();
        String roomId = reply.substring(reply.indexOf("\"RoomId\":\"") + 10, reply.length() - 2);

        Room room = read(() -> roomByApiId(roomId));
        assertThat(room.getName()).isEqualTo("Launch");
        assertThat(room.getDescription()).isEqualTo("Everything about the launch");
        assertThat(room.getKind()).isEqualTo("room");
        assertThat(room.isArchived()).isFalse();
        assertThat(room.isEncrypted()).isFalse();
        assertThat(room.getCreatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(members(roomId)).isEqualTo(Map.of("user1@demo.de", true, "gina@partner.example", false,
                "user2@demo.de", false));
    }

    @Test
    void anAdminMayJoinWithTheDocsGroupIdTwoAndAGuestAsAGuest() {
        // The docs' examples send GroupId 2 whatever the user; an admin joining as a member is plausible.
        String reply = postJson(ORGANIZATION, """
                {"Command":"CreateRoom","Name":"Docs example","Users":[{"Email":"ada@demo.de","GroupId":2,"IsAdmin":"true"},
                 {"Email":"user1@demo.de","GroupId":"3"},{"Email":"gina@partner.example","GroupId":4}]}""")
                .statusCode(200).body(matchesPattern("\\{\"Result\":\"ok\",\"RoomId\":\"[0-9a-f-]{36}\"}"))
                .extract().asString();
        String roomId = reply.substring(reply.indexOf("\"RoomId\":\"") + 10, reply.length() - 2);
        assertThat(members(roomId)).isEqualTo(Map.of("ada@demo.de", true, "user1@demo.de", false,
                "gina@partner.example", false));
    }

    @Test
    void createRoomFromATemplateTakesTheTemplatesDescription() {
        String reply = postJson(ORGANIZATION, "{\"Command\":\"CreateRoom\",\"Name\":\"From template\",\"TemplateId\":\""
                + TEMPLATE_6_ID + "\"}").statusCode(200).extract().asString();
        String roomId = reply.substring(reply.indexOf("\"RoomId\":\"") + 10, reply.length() - 2);

        Room room = read(() -> roomByApiId(roomId));
        assertThat(room.getDescription()).isEqualTo("Room made from template 6");
        assertThat(members(roomId)).isEmpty();
    }

    @Test
    void createRoomWithoutAName4050() {
        long before = roomCount("demo");
        expect(ORGANIZATION, "{\"Command\":\"CreateRoom\",\"Description\":\"nameless\"}",
                result("4050", "Invalid request. Title is null or empty."));
        assertThat(roomCount("demo")).isEqualTo(before);
    }

    @Test
    void createRoomWithAnUnknownTemplate4035OrAnEncryptedOne4082() {
        long before = roomCount("demo");
        expect(ORGANIZATION, "{\"Command\":\"CreateRoom\",\"Name\":\"x\",\"TemplateId\":\"no-such-template\"}",
                result("4035", "Invalid request. ObjectId is invalid."));
        expect(ORGANIZATION, "{\"Command\":\"CreateRoom\",\"Name\":\"x\",\"TemplateId\":\"" + SeededWebhooks.DEMO_ROOM_ID + "\"}",
                result("4035", "Invalid request. ObjectId is invalid."));
        expect(ORGANIZATION, "{\"Command\":\"CreateRoom\",\"Name\":\"x\",\"TemplateId\":\"" + ENCRYPTED_TEMPLATE_ID + "\"}",
                result("4082", "You can not use encrypted templates."));
        assertThat(roomCount("demo")).isEqualTo(before);
    }

    @Test
    void createRoomWhereRoomsMustBeEncrypted4081() {
        changeWorkspace("demo", ws -> ws.getSettings().put("rooms-must-be-encrypted", "true"));
        long before = roomCount("demo");
        expect(ORGANIZATION, "{\"Command\":\"CreateRoom\",\"Name\":\"plain\"}", result("4081", "Setting: Rooms must be encrypted."));
        assertThat(roomCount("demo")).isEqualTo(before);
    }

    @Test
    void createRoomChecksEveryUser() {
        long before = roomCount("demo");
        expect(ORGANIZATION, "{\"Command\":\"CreateRoom\",\"Name\":\"x\",\"Users\":[{\"Email\":\"stranger@elsewhere.example\"}]}",
                NOT_A_MEMBER);
        expect(ORGANIZATION, "{\"Command\":\"CreateRoom\",\"Name\":\"x\",\"Users\":[{\"Email\":\"gina@partner.example\",\"GroupId\":2}]}",
                result("4078", "Invalid email and group combination"));
        expect(ORGANIZATION, "{\"Command\":\"CreateRoom\",\"Name\":\"x\",\"Users\":[{\"Email\":\"ada@demo.de\",\"GroupId\":9}]}",
                UNPARSABLE);
        expect(ORGANIZATION, "{\"Command\":\"CreateRoom\",\"Name\":\"x\",\"Users\":[{\"Email\":\"ada@demo.de\",\"IsAdmin\":\"maybe\"}]}",
                UNPARSABLE);
        expect(ORGANIZATION, "{\"Command\":\"CreateRoom\",\"Name\":\"x\",\"Users\":[{\"GroupId\":2}]}",
                result("4056", "Invalid request. User contains invalid email."));
        assertThat(roomCount("demo")).isEqualTo(before);
    }
}
