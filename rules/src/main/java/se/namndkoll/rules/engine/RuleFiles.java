package se.namndkoll.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import se.namndkoll.rules.law.Statutes;

/**
 * The DRL and DMN files of the rule set, as listed at build time in {@code ruleset.properties}.
 * Used to say which file implements a rule and to fingerprint the rule set: the rule-set version
 * changes whenever any rule file, message or statute text changes.
 */
public final class RuleFiles {

    public static final String ROOT = "se/namndkoll/rules/";
    private static final String INDEX = ROOT + "ruleset.properties";

    private final Map<String, String> contents;
    private final String version;

    private RuleFiles(Map<String, String> contents, String version) {
        this.contents = contents;
        this.version = version;
    }

    public static RuleFiles load() {
        Properties index = new Properties();
        try (InputStream in = resource(INDEX)) {
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> contents = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (String name : index.getProperty("files", "").split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim().replace('\\', '/'));
            }
        }
        names.sort(String::compareTo);
        MessageDigest digest = sha256();
        for (String name : names) {
            String text = read(ROOT + name);
            contents.put(name, text);
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
        }
        for (String bundle : List.of("messages/findings_sv.properties", "messages/findings_en.properties")) {
            digest.update(read(ROOT + bundle).getBytes(StandardCharsets.UTF_8));
        }
        // the statute text: it decides which citations are verified and what the findings quote
        for (String statute : Statutes.files()) {
            digest.update(read(statute).getBytes(StandardCharsets.UTF_8));
        }
        String fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return new RuleFiles(contents, index.getProperty("version", "0") + "+" + fingerprint);
    }

    /** File name (relative to the rules root) → text, sorted by name. */
    public Map<String, String> contents() {
        return contents;
    }

    public String version() {
        return version;
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing rule resource " + name);
        }
        return in;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
