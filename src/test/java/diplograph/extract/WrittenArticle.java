package diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Extraction;
import diplograph.read.ReadOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A short article written for a test, read and extracted as an ingest reads a file. */
final class WrittenArticle {

    private WrittenArticle() {
    }

    /**
     * One article in the seed's input form in {@code dir}: a date line, a blank line, then the paragraphs; without
     * a date (null) the paragraphs alone.
     */
    static Extraction extract(Path dir, String date, String... paragraphs) throws IOException {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, (date == null ? "" : " date " + date + "\n\n") + String.join("\n\n", paragraphs) + "\n");
        List<ReadOutcome> out = new ArrayList<>();
        Fixtures.pipeline().read(List.of(file), null, out::add);
        assertThat(out).singleElement().isInstanceOf(ReadOutcome.Read.class);
        return Fixtures.pipeline().extract(((ReadOutcome.Read) out.get(0)).article());
    }

    /** The labels of the persons an extraction holds. */
    static List<String> personNames(Extraction x) {
        return x.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).map(Entity::label).toList();
    }
}
