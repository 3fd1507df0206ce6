package dev.teamgate.domain.invitation;

import dev.teamgate.domain.room.Room;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoomInvitationRepository extends JpaRepository<RoomInvitation, Long> {

    List<RoomInvitation> findByRoomOrderById(Room room);

    List<RoomInvitation> findByRoomAndStateOrderById(Room room, InvitationState state);

    Optional<RoomInvitation> findFirstByRoomAndEmailIgnoreCaseAndState(Room room, String email, InvitationState state);

    Optional<RoomInvitation> findByIdAndRoom(Long id, Room room);
}
