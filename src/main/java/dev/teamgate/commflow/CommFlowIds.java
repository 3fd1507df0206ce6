package dev.teamgate.commflow;

import java.security.SecureRandom;

/** New CommFlow ids: the resource prefix, an underscore and 16 lowercase letters or digits. */
final class CommFlowIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private CommFlowIds() {
    }

    static String next(String prefix) {
        char[] out = new char[16];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return prefix + "_" + new String(out);
    }
}
