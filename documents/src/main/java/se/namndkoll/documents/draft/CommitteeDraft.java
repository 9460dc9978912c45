package se.namndkoll.documents.draft;

import java.util.List;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.DocumentKind;
import se.namndkoll.rules.model.TextLine;

/**
 * A committee drafted from its governing documents, not yet saved.
 *
 * @param committee the committee in the registry's schema (what {@code PUT /committees/{id}} takes);
 *     a field the documents do not state is {@code null} (or an empty list of parties), and listed in
 *     {@code unresolved}
 * @param provenance for each drafted fact, the file and lines it came from
 * @param unresolved what the documents do not say, or say ambiguously
 * @param representation the seats per party as the documents state them (a party of
 *     {@code null}: each party, when the documents say so but name no parties)
 * @param files the files read, with their kinds and lines (for showing each fact's source lines)
 */
public record CommitteeDraft(Committee committee, List<Provenance> provenance, List<Unresolved> unresolved,
        List<Representation> representation, List<File> files) {

    public CommitteeDraft {
        provenance = List.copyOf(provenance);
        unresolved = List.copyOf(unresolved);
        representation = List.copyOf(representation);
        files = List.copyOf(files);
    }

    /**
     * The seats one party appoints (or each party, with {@code partyId} null).
     *
     * @param partyId the party's id in the drafted committee, {@code null} for "each party"
     * @param ledamoter ledamöter it appoints, {@code null} when not stated
     * @param ersattare ersättare it appoints, {@code null} when not stated
     */
    public record Representation(String partyId, Integer ledamoter, Integer ersattare) {
    }

    /**
     * A file read for the draft.
     *
     * @param name the file's name as given
     * @param kinds what the file holds, main kind first
     * @param lines its lines, numbered as the provenance's lines are
     */
    public record File(String name, List<DocumentKind> kinds, List<TextLine> lines) {

        public File {
            kinds = List.copyOf(kinds);
            lines = List.copyOf(lines);
        }
    }
}
