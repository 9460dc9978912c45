package se.namndkoll.service.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the browser tests put their screenshots: target/screenshots on every run, and
 * docs/screenshots (linked from the README) when run with {@code -Dnamndkoll.updateScreenshots=true}.
 */
final class Screenshots {

    private final Path dir;

    private Screenshots(Path dir) {
        this.dir = dir;
    }

    static Screenshots create() throws IOException {
        Path dir = Boolean.getBoolean("namndkoll.updateScreenshots")
                ? Path.of(System.getProperty("namndkoll.docs.dir", "../docs")).resolve("screenshots")
                : Path.of("target", "screenshots");
        Files.createDirectories(dir);
        return new Screenshots(dir);
    }

    void save(String name, byte[] png) {
        try {
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
