package dev.teamgate.domain.oauth;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Fixture section {@code oauthApps}: the workspace's registered OAuth 2.0 client applications. */
@Component
@RequiredArgsConstructor
public class OAuthAppsFixtureSection implements FixtureSection {

    public static final String NAME = "oauthApps";

    private final OAuthAppRepository apps;
    private final AccountRepository accounts;
    private final ObjectMapper json;
    private final Clock clock;

    /**
     * This section's entries for a copy of their workspace: client ids are global, so each gets the
     * copy's {@code tag} as a suffix, and a new plain secret ({@code secretPrefix} + random) replaces
     * the stored digest. The same for every vendor with OAuth apps; the vendor gives its prefix.
     */
    public static JsonNode renewedForCopy(JsonNode apps, String tag, String secretPrefix) {
        return FixtureJson.changedEntries(apps, app -> {
            app.put("clientId", app.path("clientId").asString() + "-" + tag);
            app.put("clientSecret", secretPrefix + SecretHasher.randomSecret(40));
            app.remove("clientSecretHash");
            app.remove("secretDisplayPrefix");
        });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        List<OAuthAppFixture> entries = FixtureJson.entries(json, NAME, data, OAuthAppFixture.class);
        for (int i = 0; i < entries.size(); i++) {
            OAuthAppFixture f = entries.get(i);
            String path = NAME + "[" + i + "]";
            String clientId = required(f == null ? null : f.clientId(), path + ".clientId");
            String name = required(f.name(), path + ".name");
            if (apps.findByClientId(clientId).isPresent()) {
                throw new InvalidInputException(path + ".clientId", path + ".clientId " + clientId + " is already in use");
            }
            String hash;
            String prefix;
            if (f.clientSecret() != null && !f.clientSecret().isEmpty()) {
                hash = SecretHasher.sha256Hex(f.clientSecret());
                prefix = SecretHasher.displayPrefix(f.clientSecret());
            } else {
                hash = required(f.clientSecretHash(), path + ".clientSecret");
                prefix = f.secretDisplayPrefix() == null ? "…" : f.secretDisplayPrefix();
            }
            if (f.redirectUris() == null || f.redirectUris().isEmpty()) {
                throw new InvalidInputException(path + ".redirectUris", path + ".redirectUris needs at least one URI");
            }
            for (int u = 0; u < f.redirectUris().size(); u++) {
                try {
                    OAuthService.requireRedirectUri(f.redirectUris().get(u));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(path + ".redirectUris[" + u + "]", e.getMessage());
                }
            }
            OAuthApp app = new OAuthApp(workspace, clientId, hash, prefix, name,
                    f.createdAt() == null ? clock.instant() : f.createdAt());
            app.setRedirectUriList(f.redirectUris());
            app.setScopeSet(f.scopes() == null ? null : new LinkedHashSet<>(f.scopes()));
            app.setAutoApprove(Boolean.TRUE.equals(f.autoApprove()));
            if (f.account() != null) {
                app.setAccount(accounts.findByWorkspaceAndSlug(workspace, f.account())
                        .orElseThrow(() -> new InvalidInputException(path + ".account",
                                path + ".account refers to unknown " + f.account())));
            }
            apps.save(app);
        }
    }

    @Override
    public JsonNode export(Workspace workspace) {
        List<OAuthAppFixture> entries = apps.findByWorkspaceOrderById(workspace).stream()
                .map(a -> new OAuthAppFixture(a.getClientId(), a.getName(), null, a.getClientSecretHash(),
                        a.getSecretDisplayPrefix(), a.redirectUriList(), List.copyOf(a.scopeSet()),
                        a.isAutoApprove() ? Boolean.TRUE : null,
                        a.getAccount() == null ? null : a.getAccount().getSlug(), a.getCreatedAt()))
                .toList();
        return entries.isEmpty() ? null : json.valueToTree(entries);
    }


    private static String required(String value, String path) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(path, path + " is required");
        }
        return value;
    }
}
