package dev.teamgate.talktome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import lombok.RequiredArgsConstructor;

/**
 * The digest a company chose in its profile for computing access keys. Read from the workspace
 * setting {@value #SETTING}; SHA-256 unless the setting names MD5.
 */
@RequiredArgsConstructor
enum HashAlgorithm {

    SHA_256("SHA-256"),
    MD5("MD5");

    static final String SETTING = "hash";

    private final String jdkName;

    /** {@code MD5}, {@code md5} → MD5; anything else (absent, {@code SHA-256}, {@code sha256}, typos) → SHA-256. */
    static HashAlgorithm fromSetting(String value) {
        if (value == null) {
            return SHA_256;
        }
        String normalized = value.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        return normalized.equals("MD5") ? MD5 : SHA_256;
    }

    /** The name as the company profile shows it: {@code SHA-256} or {@code MD5}. */
    String displayName() {
        return jdkName;
    }

    /** Lowercase hex digest of the UTF-8 bytes of {@code text}. */
    String hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance(jdkName);
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jdkName + " is part of every JDK", e);
        }
    }
}
