package dev.teamgate.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import tools.jackson.core.type.TypeReference;

/** The workspace part of the control plane: create, delete, and the seed's demo credentials. */
@RequiredArgsConstructor
final class WorkspaceCalls {

    private static final TypeReference<Map<String, List<Map<String, Object>>>> BY_VENDOR = new TypeReference<>() {
    };

    private final AdminHttp http;

    TeamgateWorkspace create(Vendor vendor, String slug, Object fixture) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("vendor", vendor.key());
        request.put("slug", slug);
        request.put("fixture", fixture instanceof String json ? AdminHttp.JSON.readTree(json) : fixture);
        request.values().removeIf(java.util.Objects::isNull);
        Created created = http.call("POST", "/_admin/workspaces", request, Created.class);
        List<Credential> credentials = new ArrayList<>();
        created.credentials().forEach(c -> credentials.add(new Credential(c)));
        created.logins().forEach(login -> {
            Map<String, Object> password = new LinkedHashMap<>();
            password.put("kind", "PASSWORD");
            password.put("account", login.get("account"));
            password.put("email", login.get("email"));
            password.put("secret", login.get("password"));
            credentials.add(new Credential(password));
        });
        String ref = created.workspace();
        return new TeamgateWorkspace(vendor, ref.substring(ref.indexOf('/') + 1), created.externalId(), credentials);
    }

    void delete(String workspaceRef) {
        int slash = workspaceRef.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("write vendor/slug, not " + workspaceRef);
        }
        http.send("DELETE", "/_admin/workspaces/" + AdminHttp.segment(workspaceRef.substring(0, slash)) + "/"
                + AdminHttp.segment(workspaceRef.substring(slash + 1)), null);
    }

    /** The vendor's first seeded workspace: the credentials listed first for it, and that workspace's others. */
    TeamgateWorkspace seeded(Vendor vendor) {
        List<Credential> all = credentials(vendor).getOrDefault(vendor.key(), List.of());
        if (all.isEmpty()) {
            throw new IllegalStateException("the seed has no credentials for " + vendor.key());
        }
        String slug = all.get(0).get("workspace");
        List<Credential> mine = all.stream().filter(c -> slug.equals(c.get("workspace"))).toList();
        String externalId = mine.stream().map(c -> c.get("workspaceId")).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        return new TeamgateWorkspace(vendor, slug, slug.equals(externalId) ? null : externalId, mine);
    }

    Map<String, List<Credential>> credentials(Vendor vendor) {
        String query = vendor == null ? "" : AdminHttp.query(Map.of("vendor", vendor.key()));
        Map<String, List<Credential>> byVendor = new LinkedHashMap<>();
        http.get("/_admin/credentials" + query, BY_VENDOR).forEach((key, entries) ->
                byVendor.put(key, entries.stream().map(Credential::new).toList()));
        return byVendor;
    }

    record Created(String workspace, String externalId, List<Map<String, Object>> credentials,
                   List<Map<String, Object>> logins) {
        Created {
            credentials = credentials == null ? List.of() : credentials;
            logins = logins == null ? List.of() : logins;
        }
    }
}
