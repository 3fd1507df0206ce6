package dev.teamgate.testing;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The workspace a test works in for one vendor, with its credentials in plain text: after a reset
 * the vendor's first seeded workspace, with {@code workspacePerTest} a fresh copy of it made for the
 * test. {@code externalId} is the vendor's own id for it (talk-to-me's company id, CommFlow's
 * {@code ws_…}, Teamfluence's team id); Stackfield's is null.
 */
public record TeamgateWorkspace(Vendor vendor, String slug, String externalId, List<Credential> credentials) {

    /** {@code vendor/slug}, as the control plane names workspaces. */
    public String ref() {
        return vendor.key() + "/" + slug;
    }

    /** The first credential: the one the vendor's docs use (Flowdock's first user token, CommFlow's live key…). */
    public Credential credential() {
        return credentials.stream().filter(c -> !"PASSWORD".equals(c.kind())).findFirst()
                .orElseThrow(() -> new NoSuchElementException("workspace " + ref() + " has no credential"));
    }

    /** The first credential's secret. */
    public String secret() {
        return credential().secret();
    }

    /** The first credential of a kind ({@code ROOM_TOKEN}, {@code OAUTH_ACCESS_TOKEN}…). */
    public Credential credential(String kind) {
        return credential(c -> kind.equals(c.kind()), "kind " + kind);
    }

    /** The first credential that matches, e.g. {@code c -> "task".equals(c.binding())}. */
    public Credential credential(Predicate<Credential> which, String description) {
        return credentials.stream().filter(which).findFirst()
                .orElseThrow(() -> new NoSuchElementException("workspace " + ref() + " has no credential of " + description));
    }

    /** The credentials of one account (slug). */
    public List<Credential> credentialsOf(String account) {
        return credentials.stream().filter(c -> account.equals(c.account())).toList();
    }
}
