package dev.teamgate.domain.room;

import dev.teamgate.domain.account.Account;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoomMemberRepository extends JpaRepository<RoomMember, RoomMember.Key> {

    @Query("select m from RoomMember m join fetch m.account a where m.room = :room order by a.id")
    List<RoomMember> findByRoom(Room room);

    List<RoomMember> findByAccount(Account account);

    Optional<RoomMember> findByRoomAndAccount(Room room, Account account);
}
