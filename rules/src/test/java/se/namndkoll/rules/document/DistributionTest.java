package se.namndkoll.rules.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.ProposalPoint;

class DistributionTest {

    private static Party kommun(String id, String name, String alias) {
        return new Party(id, name, PartyKind.KOMMUN, null, null, List.of(alias));
    }

    /** The nine parties of the Jämtland committee (seed 000). */
    private final List<Party> jamtland = List.of(
            new Party("region-jamtland-harjedalen", "Region Jämtland Härjedalen", PartyKind.REGION, null, null, List.of("Region JH")),
            kommun("ostersund", "Östersunds kommun", "Östersund"),
            kommun("are", "Åre kommun", "Åre"),
            kommun("krokom", "Krokoms kommun", "Krokom"),
            kommun("berg", "Bergs kommun", "Berg"),
            kommun("bracke", "Bräcke kommun", "Bräcke"),
            kommun("ragunda", "Ragunda kommun", "Ragunda"),
            kommun("stromsund", "Strömsunds kommun", "Strömsund"),
            kommun("harjedalen", "Härjedalens kommun", "Härjedalen"));

    @Test
    void theSeedProposalsAddressAllParties() {
        assertThat(Distribution.addressesAllParties("2. Slutrapporten förstudie kring samverkan om gemensam IT-serverdrift remitteras \ntill nämndens parter.")).isTrue();
        assertThat(Distribution.addressesAllParties("1. Ställer sig positiv till Svenskt ramverk för digitalisering i samverkan och \nrekommenderar parterna att implementera ramverket")).isTrue();
        assertThat(Distribution.addressesAllParties("Verksamhetssummeringen distribueras till samtliga samverkande parter.")).isTrue();
        assertThat(Distribution.addressesAllParties("1. Basfinansieringen för 2020 fastställs till 914 400 kr, som delas lika mellan \nnämndens parter.")).isTrue();
        assertThat(Distribution.addressesAllParties("2. Fakturering av parterna sker i januari 2020.")).isTrue();
    }

    @Test
    void otherWaysOfAddressingAllParties() {
        assertThat(Distribution.addressesAllParties("Parterna ska lämna yttrande senast 2020-05-22.")).isTrue();
        assertThat(Distribution.addressesAllParties("Vidare ska parterna lämna en enskild bedömning.")).isTrue();
        assertThat(Distribution.addressesAllParties("Respektive part ska fylla i projektmallen.")).isTrue();
        assertThat(Distribution.addressesAllParties("Rapporten skickas ut till samtliga parter för kännedom.")).isTrue();
        assertThat(Distribution.addressesAllParties("Beslutet delges nämndens samtliga parter.")).isTrue();
        assertThat(Distribution.addressesAllParties("Nämnden uppmanar parterna att anta riktlinjen.")).isTrue();
        assertThat(Distribution.addressesAllParties("Remissvar inhämtas från samtliga parter.")).isTrue();
        assertThat(Distribution.addressesAllParties("Planen skickas på remiss till förbundsmedlemmarna.")).isTrue();
    }

    @Test
    void textsAboutSomePartiesOrOnlyMentioningThemDoNotAddressAll() {
        assertThat(Distribution.addressesAllParties("Projektkostnader fördelas med invånarantal som fördelningsnyckel mellan de medverkande parterna.")).isFalse();
        assertThat(Distribution.addressesAllParties("1. E-strategen tillåts ges andra uppdrag, utan förändring av parternas basfinansiering till nämnden.")).isFalse();
        assertThat(Distribution.addressesAllParties("Rapporten skickas till berörda parter.")).isFalse();
        assertThat(Distribution.addressesAllParties("Kostnaden betalas av de medverkande parterna.")).isFalse();
        assertThat(Distribution.addressesAllParties("De berörda parterna ska kontaktas.")).isFalse();
        assertThat(Distribution.addressesAllParties("Nämnden lägger informationen till handlingarna.")).isFalse();
        assertThat(Distribution.addressesAllParties((String) null)).isFalse();
        assertThat(Distribution.proposalsAddressAllParties(List.of(new ProposalPoint(1, "Godkänner rapporten."),
                new ProposalPoint(2, "Rapporten remitteras till nämndens parter.")))).isTrue();
    }

    /** Each way of addressing the parties is searched only when one of its words is in the text: one example each. */
    @Test
    void everyWayOfAddressingIsStillSearched() {
        assertThat(Distribution.addressesAllParties("Kansliet ska inhämta parternas synpunkter.")).isTrue();
        assertThat(Distribution.addressesAllParties("Kostnaden debiteras lika mellan samtliga parter.")).isTrue();
        assertThat(Distribution.addressesAllParties("Bidraget om 310 000 kronor per part faktureras parterna i januari 2026.")).isTrue();
        assertThat(Distribution.addressesAllParties("Nämnden fakturerar samtliga parter i januari.")).isTrue();
        assertThat(Distribution.addressesAllParties("Avgiften faktureras berörda parterna.")).isFalse();
        assertThat(Distribution.addressesAllParties("Parterna får i uppdrag att utse en kontaktperson.")).isTrue();
        assertThat(Distribution.addressesAllParties("Nämnden begär svar senare från alla parter.")).isTrue();
        assertThat(Distribution.addressesAllParties("Debitering hos förbundsmedlemmarna sker kvartalsvis.")).isTrue();
        assertThat(Distribution.addressesAllParties("Ordföranden informerar nämndens parter om läget.")).isTrue();
        assertThat(Distribution.addressesAllParties("Handlingarna tillställs samtliga medlemmar.")).isTrue();
        assertThat(Distribution.addressesAllParties("Grundbeloppet betalas av samtliga medlemskommuner i lika delar.")).isTrue();
        assertThat(Distribution.addressesAllParties("Projektet finansieras av förbundets parter.")).isTrue();
        assertThat(Distribution.addressesAllParties("Rapporten skickas till alla ingående medlemskommuner.")).isTrue();
    }

    @Test
    void theSeedListOfItem5LeavesOutAre() {
        List<String> list = List.of("Region Jämtland Härjedalen, Östersunds kommun, Krokoms kommun, Bergs kommun, Bräcke kommun, "
                + "Ragunda kommun, Härjedalens kommun, Strömsunds kommun.");
        assertThat(Distribution.uncovered(jamtland, list)).extracting(Party::id).containsExactly("are");
    }

    @Test
    void theSeedListOfItem8ReachesAllAndSoDoesNamndensParter() {
        List<String> list = List.of("Region Jämtland Härjedalen", "Östersunds kommun", "Åre kommun", "Krokoms kommun", "Bergs kommun",
                "Bräcke kommun", "Ragunda kommun", "Strömsunds kommun", "Härjedalens kommun.");
        assertThat(Distribution.uncovered(jamtland, list)).isEmpty();
        assertThat(Distribution.uncovered(jamtland, List.of("Nämndens parter"))).isEmpty();
        assertThat(Distribution.uncovered(jamtland, List.of("E-strateg", "Samtliga parter"))).isEmpty();
        assertThat(Distribution.uncovered(jamtland, List.of("Parterna"))).isEmpty();
        assertThat(Distribution.namesAllParties(" Nämndens parter")).isTrue();
        assertThat(Distribution.namesAllParties("Berörda parter")).isFalse();
    }

    @Test
    void aListReadLineByLineWithBrokenNamesIsUnderstood() {
        List<String> lines = List.of("Region Jämtland", "Härjedalen, Östersunds kommun, Åre kommun, Krokoms kommun, Bergs",
                "kommun, Bräcke kommun, Ragunda kommun, Strömsunds kommun,", "Härjedalens kommun.");
        assertThat(Distribution.uncovered(jamtland, lines)).isEmpty();
        List<String> withoutHarjedalen = List.of("Region Jämtland", "Härjedalen, Östersunds kommun, Åre kommun, Krokoms kommun, Bergs",
                "kommun, Bräcke kommun, Ragunda kommun, Strömsunds kommun.");
        assertThat(Distribution.uncovered(jamtland, withoutHarjedalen)).extracting(Party::id).containsExactly("harjedalen");
    }

    @Test
    void officialsAndOrgansAreMatchedToTheirParty() {
        assertThat(Distribution.uncovered(jamtland, List.of("E-strateg", "Regional utvecklingsdirektör"))).hasSize(9);
        assertThat(Distribution.uncovered(jamtland, List.of("Kommunstyrelsen i Åre kommun"))).extracting(Party::id).doesNotContain("are");
        assertThat(Distribution.uncovered(jamtland, List.of("Åre och Berg samt Krokom"))).extracting(Party::id)
                .doesNotContain("are", "berg", "krokom");
        assertThat(Distribution.uncovered(jamtland, List.of("Samtliga kommuner"))).extracting(Party::id)
                .containsExactly("region-jamtland-harjedalen");
        assertThat(Distribution.uncovered(jamtland, null)).isEmpty();
    }
}
