package dev.teamgate.stackfield;

import dev.teamgate.domain.workspace.Workspace;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * How a Stackfield organization (a workspace) is set up. Besides the plan, these are workspace
 * settings a fixture can set:
 * <ul>
 *   <li>{@code seats}: licensed users; CreateUser beyond it is 4072 (absent: unlimited);</li>
 *   <li>{@code disabled-modules}: comma-separated kinds (chat, discussion, task, page, file, event)
 *       switched off; their webhooks answer 4038 "Module disabled.";</li>
 *   <li>{@code rooms-must-be-encrypted}: {@code true} makes CreateRoom answer 4081.</li>
 * </ul>
 */
final class OrganizationSettings {

    private OrganizationSettings() {
    }

    static boolean isEnterprise(Workspace workspace) {
        return "enterprise".equalsIgnoreCase(workspace.getPlan());
    }

    static OptionalLong seats(Workspace workspace) {
        try {
            return workspace.setting("seats").map(String::trim).map(s -> OptionalLong.of(Long.parseLong(s)))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    static boolean moduleDisabled(Workspace workspace, WebhookKind kind) {
        return workspace.setting("disabled-modules")
                .map(list -> Arrays.stream(list.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                        .anyMatch(kind.binding()::equals))
                .orElse(false);
    }

    static boolean roomsMustBeEncrypted(Workspace workspace) {
        return workspace.setting("rooms-must-be-encrypted").map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
    }
}
