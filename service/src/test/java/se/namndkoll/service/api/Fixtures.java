package se.namndkoll.service.api;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.namndkoll.rules.reference.ReferenceCommittees;
import se.namndkoll.service.registry.CommitteeStore;
import se.namndkoll.service.registry.RegisteredCommittee;

/** Request bodies (as JSON text, never positional constructors) and registry stubs shared by the tests. */
final class Fixtures {

    static final String NORRBOTTEN = ReferenceCommittees.NORRBOTTEN;

    private Fixtures() {
    }

    /** Norrbottens e-nämnd (14 ledamöter) with {@code present} ledamöter at the meeting of 2020-03-11. */
    static String quorumCase(int present) {
        return """
                {"committeeId": "e-namnden-norrbotten", "evaluationDate": "2020-03-11",
                 "protocol": {"meetingDate": "2020-03-11", "attendance": %s}}""".formatted(attendance(present));
    }

    static String attendance(int present) {
        List<String> parties = List.of("arjeplog", "arvidsjaur", "boden", "gallivare", "haparanda", "jokkmokk", "kalix", "kiruna",
                "lulea", "pajala", "pitea", "alvsbyn", "overtornea", "overkalix");
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < present; i++) {
            sb.append(i == 0 ? "" : ",").append("""
                    {"person": "Ledamot %s", "role": "LEDAMOT", "partyId": "%s"}""".formatted(parties.get(i), parties.get(i)));
        }
        return sb.append(']').toString();
    }

    static RegisteredCommittee registered(String id, long version) {
        return new RegisteredCommittee(ReferenceCommittees.find(id).orElseThrow(), version, Instant.parse("2026-01-01T00:00:00Z"),
                "reference-data");
    }

    /** The store knows the two bundled committees, Norrbotten at version 3. */
    static void stubRegistry(CommitteeStore store) {
        when(store.find(anyString())).thenReturn(Optional.empty());
        when(store.find(NORRBOTTEN)).thenReturn(Optional.of(registered(NORRBOTTEN, 3)));
        when(store.find(ReferenceCommittees.JAMTLAND)).thenReturn(Optional.of(registered(ReferenceCommittees.JAMTLAND, 1)));
        when(store.all()).thenReturn(List.of(registered(ReferenceCommittees.JAMTLAND, 1), registered(NORRBOTTEN, 3)));
    }

    /** The README's example protocol of Norrbottens e-nämnd (a document the project wrote, in docs/examples). */
    static byte[] exampleProtocol() {
        try {
            return Files.readAllBytes(Path.of("..", "docs", "examples", "protokoll-e-namnden-2026-03-11.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
