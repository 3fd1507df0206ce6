package dev.teamgate.stackfield;

import dev.teamgate.domain.account.AccountRole;
import java.util.Arrays;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/** Stackfield's organization roles by {@code OrgRoleId} / {@code GroupId}, and the domain roles they are. */
@RequiredArgsConstructor
enum OrgRole {
    ADMIN(1, AccountRole.ADMIN),
    MEMBER(2, AccountRole.MEMBER),
    GUEST(3, AccountRole.GUEST),
    EXTERNAL(4, AccountRole.EXTERNAL);

    private final int id;
    private final AccountRole accountRole;

    AccountRole accountRole() {
        return accountRole;
    }

    static Optional<OrgRole> byId(int id) {
        return Arrays.stream(values()).filter(r -> r.id == id).findFirst();
    }

    /** The Stackfield role id of a domain role; an owner is an organization admin. */
    static int idOf(AccountRole role) {
        return switch (role) {
            case OWNER, ADMIN -> 1;
            case MEMBER -> 2;
            case GUEST -> 3;
            case EXTERNAL -> 4;
        };
    }
}
