package dev.teamgate.testing;

import lombok.RequiredArgsConstructor;

/** The vendors Teamgate emulates, by the key the control plane uses for them. */
@RequiredArgsConstructor
public enum Vendor {
    TEAMFLUENCE("teamfluence"),
    TALKTOME("talktome"),
    STACKFIELD("stackfield"),
    COMMFLOW("commflow"),
    FLOWDOCK("flowdock");

    private final String key;

    /** The vendor key: {@code flowdock}, {@code talktome}, … */
    public String key() {
        return key;
    }

    public static Vendor of(String key) {
        for (Vendor vendor : values()) {
            if (vendor.key.equals(key)) {
                return vendor;
            }
        }
        throw new IllegalArgumentException("no vendor " + key);
    }
}
