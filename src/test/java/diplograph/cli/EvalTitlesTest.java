package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diplograph eval --titles DIR}: the share of readouts whose title pair the extractor finds. */
class EvalTitlesTest {

    @TempDir
    Path tmp;

    private static void item(Path dir, String name, String date, String text, String title, String who, String kind,
                             String with) throws IOException {
        Files.writeString(dir.resolve(name + ".txt"), " date " + date + "\n\n" + text + "\n");
        Files.writeString(dir.resolve(name + ".json"), """
                {"id": "%s", "title": "%s",
                 "title_meeting": {"who": "%s", "kind": "%s", "with": "%s"}}
                """.formatted(name, title, who, kind, with));
    }

    @Test
    void oneFoundAndOneMissedIsHalfAndListsTheMiss() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("titles"));
        item(dir, "athens-meeting", "2022-05-16",
                "Greek Foreign Minister Nikos Dendias met today in Athens with Egyptian Foreign Minister "
                        + "Sameh Shoukry. The two ministers discussed energy links across the Mediterranean.",
                "Meeting of Foreign Minister Dendias with Foreign Minister of Egypt Shoukry",
                "Nikos Dendias", "meeting", "Sameh Shoukry");
        item(dir, "wildfire-statement", "2022-07-24",
                "Foreign Minister of Greece Nikos Dendias issued a statement on the wildfires in Evros and thanked "
                        + "the firefighters.",
                "Telephone conversation of Foreign Minister Dendias with Foreign Minister of Malta Ian Borg",
                "Nikos Dendias", "phone_call", "Ian Borg");

        Cli.Result r = Cli.run("eval", "--titles", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("title pairs found with the right kind: 1 of 2 (50.0 %)");
        assertThat(r.out()).contains("missed (1):",
                "  wildfire-statement | Nikos Dendias + Ian Borg (phone_call) | found: none");
        assertThat(r.out()).doesNotContain("athens-meeting");
    }

    @Test
    void aTitleNameALetterOffIsTheOfficialTheLinkerFound() throws IOException {
        // The title spells the minister as the ministry did (Tileuberdi); the graph names him as the reference does (Tleuberdi).
        Path dir = Files.createDirectories(tmp.resolve("spelling"));
        item(dir, "tleuberdi-call", "2021-08-14",
                "Secretary of State Antony J. Blinken spoke today with Kazakhstani Foreign Minister Mukhtar Tileuberdi.",
                "Secretary Blinken's Call with Kazakhstani Foreign Minister Tileuberdi",
                "Secretary Blinken", "phone_call", "Kazakhstani Foreign Minister Tileuberdi");

        Cli.Result r = Cli.run("eval", "--titles", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("title pairs found with the right kind: 1 of 1 (100.0 %)");
    }

    @Test
    void aFolderWithoutTitledItemsIsAUsageErrorNamingTheFolder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("untitled"));
        Files.writeString(dir.resolve("lone.txt"), " date 2022-05-16\n\nNikos Dendias met Sameh Shoukry.\n");
        Files.writeString(dir.resolve("other.json"), "{\"id\": \"other\", \"title\": \"No meeting here\"}\n");

        Cli.Result r = Cli.run("eval", "--titles", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).containsExactly(
                "diplograph: " + dir + ": no NAME.json with a title_meeting beside its NAME.txt");
    }

    @Test
    void aFolderThatDoesNotExistIsAnErrorNamingIt() {
        Path dir = tmp.resolve("nowhere");

        Cli.Result r = Cli.run("eval", "--titles", dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).singleElement().asString().startsWith("diplograph: ").isEqualTo("diplograph: " + dir + ": cannot read the items");
    }

    @Test
    void aSideNamingOnlyAStateIsAnyHolderOfItsOfficesAndALowerCasePluralIsAGroup() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("news"));
        item(dir, "ottawa-visit", "2004-11-30",
                "U.S. President George W. Bush met Canadian Prime Minister Paul Martin in Ottawa on Tuesday.",
                "US president Bush visits Canada", "US president Bush", "meeting", "Canada");
        item(dir, "no-canadian", "2004-11-30",
                "U.S. President George W. Bush met Mexican President Vicente Fox in Ottawa on Tuesday.",
                "US president Bush visits Canada", "US president Bush", "meeting", "Canada");
        item(dir, "jerusalem-leaders", "2008-03-22",
                "U.S. Vice President Dick Cheney met Israeli Prime Minister Ehud Olmert in Jerusalem on Saturday.",
                "Cheney meets with Israeli and Palestinian leaders", "Cheney", "meeting", "Israeli and Palestinian leaders");

        Cli.Result r = Cli.run("eval", "--titles", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("title pairs found with the right kind: 2 of 3 (66.7 %)",
                "  no-canadian | US president Bush + Canada (meeting) | found: George W. Bush + Vicente Fox Quesada (meeting)");
    }

    @Test
    void aShortNameAMultiWordStateAndAnAbbreviatedTitleAreRead() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("sides"));
        item(dir, "sydney", "2007-09-06",
                "U.S. President George W. Bush met Chinese President Hu Jintao in Sydney on Thursday.",
                "Bush, Hu Discuss Trade", "Bush", "meeting", "Hu");
        item(dir, "brasilia", "2004-11-16",
                "Brazilian President Luiz Inácio Lula da Silva met South Korean President Roh Moo-hyun in Brasília on Monday.",
                "Brazilian President meets President of South Korea", "Brazilian President", "meeting",
                "President of South Korea");
        item(dir, "beijing", "2008-01-14",
                "Indian Prime Minister Manmohan Singh met Chinese Premier Wen Jiabao in Beijing on Monday.",
                "Indian PM Makes Goodwill Trip to China", "Indian PM", "meeting", "China");

        Cli.Result r = Cli.run("eval", "--titles", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("title pairs found with the right kind: 3 of 3 (100.0 %)");
    }
}
