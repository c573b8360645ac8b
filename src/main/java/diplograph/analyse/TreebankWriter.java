package diplograph.analyse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes treebank sentences as plain CoNLL-U word lines, with the tags the parser was given in
 * both tag columns, and lemmas, features, enhanced dependencies and comments left out, so that
 * another parser trained or run on the file sees exactly what diplograph's parser saw (MaltParser
 * reads these as CoNLL-X).
 */
final class TreebankWriter {

    private TreebankWriter() {
    }

    static void write(List<TreebankSentence> sentences, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (TreebankSentence s : sentences) {
                for (int i = 0; i < s.size(); i++) {
                    String tag = s.tags()[i];
                    out.write((i + 1) + "\t" + s.words()[i] + "\t_\t" + tag + "\t" + tag + "\t_\t" + (s.heads()[i] + 1)
                            + "\t" + s.relations()[i] + "\t_\t_\n");
                }
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
