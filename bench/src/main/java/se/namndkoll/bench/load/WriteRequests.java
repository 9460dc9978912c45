package se.namndkoll.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import se.namndkoll.bench.Documents;
import se.namndkoll.bench.RealisticCase;
import se.namndkoll.rules.json.RulesJson;

/**
 * Writes the request bodies of the HTTP measurement: the realistic case (FULL) as the JSON of
 * {@code POST /api/v1/checks}, and seed 003 (a protocol) as the text of
 * {@code POST /api/v1/documents/check}. Argument: the directory to write to.
 */
public final class WriteRequests {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        Files.write(dir.resolve("check-request.json"), RulesJson.mapper().writeValueAsBytes(RealisticCase.build(RealisticCase.Variant.FULL)));
        Files.write(dir.resolve("document-request.txt"), Documents.seed("003_539db65e0945b6ea.txt"));
    }
}
