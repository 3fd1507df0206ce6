package dev.teamgate.admin;

import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.journal.RequestJournal;
import dev.teamgate.platform.seed.SeedFixtures;
import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Checks the values of the control plane's filters and rules against what exists, so that a typo
 * is a 400 naming the accepted values instead of a filter that matches nothing. Vendor keys are
 * exact (they are identifiers, as in the paths): {@code Flowdock} is refused with a hint, not
 * guessed. HTTP methods are case-insensitive and come back upper-case.
 */
@Component
@RequiredArgsConstructor
class ControlPlaneValues {

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final VendorRegistry vendors;
    private final WorkspaceRepository workspaces;
    private final SeedFixtures seed;
    private final RequestJournal journal;

    /** The vendor key itself, or a 400 listing every key. Null stays null (no filter). */
    String vendor(String value) {
        if (value == null) {
            return null;
        }
        if (vendors.byKey(value).isPresent()) {
            return value;
        }
        List<String> keys = vendors.all().stream().map(VendorApi::key).toList();
        String lower = value.toLowerCase(Locale.ROOT);
        String hint = keys.contains(lower) ? "vendor keys are lower-case: did you mean '" + lower + "'?" : null;
        throw new UnknownValueException("vendor", value, keys, hint);
    }

    /** The method in upper case ({@code post} is {@code POST}), or a 400 listing the methods. */
    String method(String value) {
        if (value == null) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(upper)) {
            throw new UnknownValueException("method", value, METHODS, null);
        }
        return upper;
    }

    /** An HTTP status (100-599; 0 stands for a dropped connection in the journal), or a 400. */
    Integer status(Integer value) {
        if (value != null && value != 0 && (value < 100 || value > 599)) {
            throw new UnknownValueException("status", String.valueOf(value), List.of("0 (dropped)", "100-599"), null);
        }
        return value;
    }

    /**
     * A journal's workspace filter as {@code vendor/slug}: a workspace in the database, in the seed,
     * or one the journal still holds entries of (so a test can clear its entries after deleting its
     * workspace). A bare slug works when one vendor has it. Anything else is a 400 listing them.
     */
    String journalWorkspace(String value) {
        if (value == null) {
            return null;
        }
        Set<String> known = new TreeSet<>(journal.workspaces());
        for (Workspace w : workspaces.findAllByOrderById()) {
            known.add(w.getVendor() + "/" + w.getSlug());
        }
        seed.document().workspaces().forEach(w -> known.add(w.vendor() + "/" + w.slug()));
        if (known.contains(value)) {
            return value;
        }
        List<String> bySlug = known.stream().filter(k -> k.substring(k.indexOf('/') + 1).equals(value)).toList();
        if (bySlug.size() == 1) {
            return bySlug.get(0);
        }
        String hint = bySlug.size() > 1 ? "several vendors have this slug; write vendor/slug" : null;
        throw new UnknownValueException("workspace", value, List.copyOf(known), hint);
    }
}
