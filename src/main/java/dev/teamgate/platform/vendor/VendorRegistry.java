package dev.teamgate.platform.vendor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every vendor contributed to this server, and which one owns a path. */
@Component
public class VendorRegistry {

    private final List<VendorApi> vendors;

    public VendorRegistry(List<VendorApi> vendors) {
        // Longest prefix first, so a vendor nested under another's prefix would still win.
        this.vendors = vendors.stream()
                .sorted(Comparator.comparingInt((VendorApi v) -> v.pathPrefix().length()).reversed()
                        .thenComparing(VendorApi::key))
                .toList();
        long distinct = vendors.stream().map(VendorApi::key).distinct().count();
        if (distinct != vendors.size()) {
            throw new IllegalStateException("two vendors share a key");
        }
    }

    public List<VendorApi> all() {
        return vendors.stream().sorted(Comparator.comparing(VendorApi::key)).toList();
    }

    public Optional<VendorApi> forPath(String path) {
        return vendors.stream().filter(v -> v.owns(path)).findFirst();
    }

    public Optional<VendorApi> byKey(String key) {
        return vendors.stream().filter(v -> v.key().equals(key)).findFirst();
    }
}
