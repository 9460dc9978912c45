package se.namndkoll.rules.report;

import java.util.List;

/**
 * The wording of a provision a finding cites, from the statute data bundled with the rules.
 *
 * @param ref the citation as the finding makes it ("KL 5 kap. 69 §", "LOU 3 kap. 13 § andra stycket 1")
 * @param statute the statute's title ("Kommunallag (2017:725)")
 * @param text the section's wording (the whole section, also when a stycke or punkt is cited)
 * @param version the amendment note that gave the section its wording ("Lag (2019:835)"), or the
 *     statute's own number ("SFS 2017:725") when the section has not been amended
 * @param quotes the words of the section the rule rests on, as the rule quotes them
 */
public record Provision(String ref, String statute, String text, String version, List<String> quotes) {

    public Provision {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
