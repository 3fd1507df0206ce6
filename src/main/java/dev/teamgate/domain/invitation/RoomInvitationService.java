package dev.teamgate.domain.invitation;

import dev.teamgate.domain.ConflictException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.room.Room;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends, resends and withdraws invitations to rooms. */
@Service
@RequiredArgsConstructor
public class RoomInvitationService {

    private final RoomInvitationRepository invitations;
    private final Clock clock;

    /**
     * Invites {@code email} to {@code room}. Inviting an address that already has a pending
     * invitation sends that invitation again (with the new message, if one is given) instead of a second one.
     */
    @Transactional
    public RoomInvitation invite(Room room, Account inviter, String email, String message) {
        RoomInvitation invitation = invitations.findFirstByRoomAndEmailIgnoreCaseAndState(room, email,
                        InvitationState.PENDING)
                .orElseGet(() -> new RoomInvitation(room, email, clock.instant()));
        invitation.setInviter(inviter);
        if (message != null) {
            invitation.setMessage(message);
        }
        invitation.setUpdatedAt(clock.instant());
        return invitations.save(invitation);
    }

    /** Withdraws (or declines) a pending invitation; an accepted one cannot be withdrawn. */
    @Transactional
    public void withdraw(RoomInvitation invitation) {
        if (!invitation.isPending()) {
            throw new ConflictException("only pending invitations can be removed");
        }
        invitations.delete(invitation);
    }
}
