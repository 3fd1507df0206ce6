package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageQueryService;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMember;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Flows, organizations and users as Flowdock JSON. */
@Component
@RequiredArgsConstructor
class FlowMapper {

    private final AccountRepository accounts;
    private final RoomMemberRepository members;
    private final MessageQueryService queries;
    private final Directory directory;
    private final Presence presence;

    FlowdockWire.Flow flow(FlowdockLinks.Base base, FlowdockUser viewer, Room room, boolean withUsers) {
        Optional<RoomMember> membership = directory.membership(viewer, room);
        boolean joined = membership.isPresent();
        String accessMode = FlowRooms.accessMode(room);
        boolean joinable = FlowRooms.joinable(room);
        return new FlowdockWire.Flow(room.getExternalId(), room.getName(), room.getSlug(),
                flowOrganization(base, room.getWorkspace()),
                joined ? queries.countTagged(room, ":unread:" + viewer.id()) : 0,
                joined && membership.get().isOpen(), joined, base.flow(room), base.webFlow(room),
                joinable ? base.joinUrl(room) : null, accessMode,
                withUsers ? flowUsers(room) : null);
    }

    FlowdockWire.FlowOrganization flowOrganization(FlowdockLinks.Base base, Workspace ws) {
        return new FlowdockWire.FlowOrganization(FlowdockLinks.id(ws.getExternalId()), ws.getName(), ws.getSlug(),
                userLimit(ws), activeAccounts(ws).size(), isActive(ws), base.organization(ws));
    }

    FlowdockWire.Organization organization(FlowdockLinks.Base base, Workspace ws) {
        List<Account> people = activeAccounts(ws);
        Map<String, Object> subscription = new LinkedHashMap<>();
        boolean trial = Boolean.parseBoolean(ws.setting("trial").orElse("false"));
        subscription.put("trial", trial);
        if (trial) {
            subscription.put("trial_ends", ws.setting("trial_ends").orElse(null));
        } else {
            subscription.put("billing_date", ws.setting("billing_date").orElse(null));
        }
        return new FlowdockWire.Organization(FlowdockLinks.id(ws.getExternalId()), ws.getSlug(), ws.getName(),
                userLimit(ws), people.size(), isActive(ws), base.organization(ws), subscription,
                people.stream().map(a -> new FlowdockWire.OrganizationMember(FlowdockLinks.id(a.getExternalId()),
                        a.getName(), a.getEmail(), a.getRole().isAdministrative())).toList());
    }

    List<FlowdockWire.FlowUser> flowUsers(Room room) {
        List<RoomMember> roomMembers = members.findByRoom(room).stream()
                .filter(m -> m.getAccount().isActive()).toList();
        Map<Long, Message> statuses = queries.latestByAuthor(room, "status",
                roomMembers.stream().map(m -> m.getAccount().getId()).toList());
        return roomMembers.stream().map(m -> flowUser(m.getAccount(), m.isBlocked(),
                statuses.get(m.getAccount().getId()))).toList();
    }

    FlowdockWire.FlowUser flowUser(Account a, boolean blocked, Message status) {
        String id = a.getExternalId();
        return new FlowdockWire.FlowUser(FlowdockLinks.id(id), a.getNick(), a.getName(), a.getEmail(),
                a.getAvatarUrl(), status == null ? null : status.getContent(), blocked,
                presence.lastActivity(id), presence.lastPing(id));
    }

    static FlowdockWire.User user(Account a, Boolean admin) {
        return new FlowdockWire.User(FlowdockLinks.id(a.getExternalId()), a.getEmail(), a.getName(), a.getNick(),
                a.getAvatarUrl(), null, admin);
    }

    List<Account> activeAccounts(Workspace ws) {
        return accounts.findByWorkspaceOrderById(ws).stream().filter(Account::isActive).toList();
    }

    private static long userLimit(Workspace ws) {
        try {
            return Long.parseLong(ws.setting("user_limit").orElse("0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isActive(Workspace ws) {
        return Boolean.parseBoolean(ws.setting("active").orElse("true"));
    }
}
