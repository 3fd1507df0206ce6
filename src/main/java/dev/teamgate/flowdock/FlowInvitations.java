package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.invitation.RoomInvitation;
import dev.teamgate.domain.invitation.RoomInvitationService;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMemberRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Flowdock's rules for inviting people to a flow: an address of a flow member is refused, inviting
 * again resends the pending invitation, and an imported list adds people already in the organization
 * straight away, invites the rest and reports the addresses it could not read. Every invitation and
 * addition is announced in the flow.
 */
@Component
@RequiredArgsConstructor
class FlowInvitations {

    private static final Pattern NAMED_ADDRESS = Pattern.compile("^\\s*\"?([^\"<]*)\"?\\s*<([^>]*)>\\s*$");
    private static final int MAX_IMPORT = 500;

    private final RoomInvitationService invitationService;
    private final RoomMemberRepository members;
    private final FlowAdministration administration;
    private final FlowMapper flowMapper;

    RoomInvitation invite(Room room, Account inviter, String email, String message) {
        if (!UsersController.EMAIL.matcher(email).matches()) {
            throw FlowdockErrors.invalid("email", "is invalid");
        }
        if (isMember(room, email)) {
            throw FlowdockErrors.invalid("email", "is already a member of this flow");
        }
        RoomInvitation created = invitationService.invite(room, inviter, email, message);
        administration.announceInvitation(room, inviter, email, false);
        return created;
    }

    /** What an import did: the invitations made, the organization members added, the entries refused. */
    record Imported(List<RoomInvitation> invited, List<Account> added, List<Map<String, String>> erroneous) {
    }

    /** Imports {@code a@x.com, "Joe" <joe@x.com>}, separated by commas or lines. */
    Imported importList(Room room, Account inviter, String list, String message) {
        String[] entries = list.split("[,\\n\\r]+");
        if (entries.length > MAX_IMPORT) {
            throw FlowdockErrors.invalid("list", "has too many addresses (maximum is " + MAX_IMPORT + ")");
        }
        List<RoomInvitation> invited = new ArrayList<>();
        List<Account> added = new ArrayList<>();
        List<Map<String, String>> erroneous = new ArrayList<>();
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            String email = address(entry);
            if (email == null || email.length() > 320 || !UsersController.EMAIL.matcher(email).matches()) {
                erroneous.add(Map.of(entry.trim(), "Invalid email"));
                continue;
            }
            Optional<Account> existing = flowMapper.activeAccounts(room.getWorkspace()).stream()
                    .filter(a -> a.getEmail() != null && a.getEmail().equalsIgnoreCase(email)).findFirst();
            if (existing.isPresent()) {
                if (members.findByRoomAndAccount(room, existing.get()).isEmpty()) {
                    administration.add(room, existing.get(), inviter);
                    added.add(existing.get());
                }
                continue;
            }
            invited.add(invitationService.invite(room, inviter, email, message));
            administration.announceInvitation(room, inviter, email, false);
        }
        return new Imported(invited, added, erroneous);
    }

    /** Withdraws a pending invitation; an accepted one cannot be. */
    void withdraw(Room room, Account by, RoomInvitation invitation) {
        if (!invitation.isPending()) {
            throw FlowdockErrors.forbidden("Only pending invitations can be deleted");
        }
        invitationService.withdraw(invitation);
        administration.announceInvitation(room, by, invitation.getEmail(), true);
    }

    private boolean isMember(Room room, String email) {
        return members.findByRoom(room).stream()
                .anyMatch(m -> m.getAccount().isActive() && email.equalsIgnoreCase(m.getAccount().getEmail()));
    }

    private static String address(String entry) {
        Matcher named = NAMED_ADDRESS.matcher(entry);
        String email = named.matches() ? named.group(2) : entry;
        email = email.trim().toLowerCase(Locale.ROOT);
        return email.isEmpty() ? null : email;
    }
}
