package se.namndkoll.service.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configured API keys, kept only as SHA-256 digests. A presented key is compared with every
 * configured digest in constant time (no early exit, equal-length digests), so neither the
 * position of a mismatch nor the length of a key leaks through timing.
 */
public final class ApiKeys {

    /** Shortest key accepted in configuration. */
    public static final int MIN_LENGTH = 16;

    private final Map<String, byte[]> digests;

    public ApiKeys(Map<String, String> keys) {
        Map<String, byte[]> result = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (key == null || key.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("API key '" + id + "' is shorter than " + MIN_LENGTH + " characters");
            }
            result.put(id, sha256(key));
        });
        this.digests = Map.copyOf(result);
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    public int size() {
        return digests.size();
    }

    /** The id of the key, when {@code presented} is one of the configured keys. */
    public Optional<String> match(String presented) {
        byte[] candidate = sha256(presented);
        String found = null;
        for (Map.Entry<String, byte[]> entry : digests.entrySet()) {
            if (MessageDigest.isEqual(entry.getValue(), candidate) && found == null) {
                found = entry.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
