package dev.teamgate.domain.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Hashes bearer secrets for storage and lookup. Secrets Teamgate issues are long random strings,
 * so an unsalted SHA-256 is enough to make a stolen database useless while keeping lookup by
 * digest a single indexed query. Passwords (low entropy) use {@link PasswordHasher} instead.
 */
public final class SecretHasher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private SecretHasher() {
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A new random secret of {@code length} alphanumeric characters. */
    public static String randomSecret(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }

    /** The part of a secret that is safe to show: enough to tell keys apart, too little to use. */
    public static String displayPrefix(String secret) {
        int visible = Math.min(secret.length() / 3, 12);
        return secret.substring(0, visible) + "…";
    }
}
