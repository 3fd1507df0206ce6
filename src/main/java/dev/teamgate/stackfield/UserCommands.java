package dev.teamgate.stackfield;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.account.AccountStatus;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * CreateUser, RemoveUser and DeactivateUser: they act on the organization's accounts. Removing
 * keeps the account (status {@code REMOVED}, for history) and takes it out of every room;
 * deactivating keeps its rooms. Run inside {@link WebhookCommands}' transaction.
 */
@Component
@RequiredArgsConstructor
class UserCommands {

    private final AccountRepository accounts;
    private final RoomMemberRepository roomMembers;
    private final OrganizationMembers members;
    private final Clock clock;

    /**
     * Email (4060), DisplayName and OrgRoleId 1–4 (4056) are required; UserName is kept as the
     * nick; AuthProvider is read but not kept. An existing member is 4080; a full organization
     * ({@code seats} setting) 4072. A removed user's account comes back.
     */
    WebhookResult create(Workspace organization, WebhookPayload payload) {
        String email = email(payload);
        String displayName = payload.requiredText("DisplayName", WebhookPayload.NAME_LIMIT,
                ResultCode.PROPERTY_NOT_PARSED);
        OrgRole role = payload.integer("OrgRoleId").flatMap(OrgRole::byId)
                .orElseThrow(ResultCode.PROPERTY_NOT_PARSED::exception);
        Optional<String> userName = payload.text("UserName", WebhookPayload.USER_NAME_LIMIT).filter(s -> !s.isBlank());
        payload.text("AuthProvider", WebhookPayload.TEXT_LIMIT);
        Optional<Account> existing = members.anyWithEmail(organization, email);
        if (existing.isPresent() && existing.get().getStatus() != AccountStatus.REMOVED) {
            throw ResultCode.ALREADY_MEMBER.exception();
        }
        OptionalLong seats = OrganizationSettings.seats(organization);
        if (seats.isPresent() && activeCount(organization) >= seats.getAsLong()) {
            throw ResultCode.NO_FREE_SLOTS.exception();
        }
        Account account = existing.orElseGet(() -> {
            String id = UUID.randomUUID().toString();
            return new Account(organization, id, id, displayName, clock.instant());
        });
        account.setName(displayName);
        account.setEmail(email);
        account.setRole(role.accountRole());
        account.setStatus(AccountStatus.ACTIVE);
        account.setNick(userName.orElse(null));
        accounts.save(account);
        return WebhookResult.OK;
    }

    /** Email (4060); not a member 4075; the last active admin 4077. */
    WebhookResult remove(Workspace organization, WebhookPayload payload) {
        Account account = members.member(organization, email(payload));
        ensureAnotherAdmin(organization, account);
        account.setStatus(AccountStatus.REMOVED);
        roomMembers.deleteAll(roomMembers.findByAccount(account));
        return WebhookResult.OK;
    }

    /** Email (4060); not a member 4075; already deactivated 4076; the last active admin 4077. */
    WebhookResult deactivate(Workspace organization, WebhookPayload payload) {
        Account account = members.member(organization, email(payload));
        if (account.getStatus() == AccountStatus.DEACTIVATED) {
            throw ResultCode.ALREADY_DEACTIVATED.exception();
        }
        ensureAnotherAdmin(organization, account);
        account.setStatus(AccountStatus.DEACTIVATED);
        return WebhookResult.OK;
    }

    private static String email(WebhookPayload payload) {
        return payload.text("Email", WebhookPayload.TEXT_LIMIT).map(String::trim).filter(WebhookPayload::isEmail)
                .orElseThrow(ResultCode.INVALID_EMAIL::exception);
    }

    private void ensureAnotherAdmin(Workspace organization, Account leaving) {
        if (!leaving.isActive() || !leaving.getRole().isAdministrative()) {
            return;
        }
        boolean another = accounts.findByWorkspaceOrderById(organization).stream()
                .anyMatch(a -> !a.getId().equals(leaving.getId()) && a.isActive() && a.getRole().isAdministrative());
        if (!another) {
            throw ResultCode.LAST_ADMIN.exception();
        }
    }

    private long activeCount(Workspace organization) {
        return accounts.findByWorkspaceOrderById(organization).stream().filter(Account::isActive).count();
    }
}
