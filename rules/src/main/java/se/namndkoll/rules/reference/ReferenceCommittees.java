package se.namndkoll.rules.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.rules.model.Committee;

/**
 * The two committees of the seed documents, with parties, seats and terms exactly as the seeds
 * state them; what they do not state is {@code null} (see {@code docs/reference-data.md}).
 */
public final class ReferenceCommittees {

    /** Gemensam nämnd för samverkan inom drift och service, utveckling samt specialistfunktioner. */
    public static final String JAMTLAND = "gemensam-namnd-jamtland";
    /** Norrbottens e-nämnd. */
    public static final String NORRBOTTEN = "e-namnden-norrbotten";

    private static final List<String> IDS = List.of(JAMTLAND, NORRBOTTEN);
    private static final ObjectMapper MAPPER = RulesJson.mapper();

    private ReferenceCommittees() {
    }

    public static List<String> ids() {
        return IDS;
    }

    public static List<Committee> all() {
        return IDS.stream().map(id -> find(id).orElseThrow()).toList();
    }

    public static Optional<Committee> find(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        String resource = "se/namndkoll/reference/committees/" + id + ".json";
        try (InputStream in = ReferenceCommittees.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + resource);
            }
            return Optional.of(MAPPER.readValue(in, Committee.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
