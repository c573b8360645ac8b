package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The external merge sort under the bulk loader: every row once, in TDB2's unsigned record order. */
class SortedRunsTest {

    @TempDir
    Path tmp;

    /** Rows as lists, compared column by column as unsigned numbers: the order B+tree records take. */
    private static final Comparator<long[]> UNSIGNED = (a, b) -> {
        for (int k = 0; k < a.length; k++) {
            int c = Long.compareUnsigned(a[k], b[k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    @Test
    void mergedRunsGiveEveryDistinctRowInUnsignedOrderWhateverTheFanIn() {
        for (int width : new int[] {3, 4}) {
            Random random = new Random(width);
            // At most three runs merged at once: seven runs take two rounds of merging first.
            SortedRuns runs = new SortedRuns(tmp, "t" + width, width, 3);
            TreeSet<long[]> expected = new TreeSet<>(UNSIGNED);
            for (int run = 0; run < 7; run++) {
                int rows = 1 + random.nextInt(5_000);
                long[] chunk = new long[rows * width];
                for (int i = 0; i < chunk.length; i++) {
                    // few distinct values, so rows repeat within and across runs; some with the top
                    // bit set, as TDB2's inline values (numbers, dates) have, which sort after pointers
                    chunk[i] = random.nextInt(4) == 0 ? Long.MIN_VALUE | random.nextInt(3) : random.nextInt(6);
                }
                for (int r = 0; r < rows; r++) {
                    expected.add(Arrays.copyOfRange(chunk, r * width, (r + 1) * width));
                }
                runs.addRun(chunk, rows);
            }
            List<long[]> merged = new ArrayList<>();
            for (Iterator<long[]> it = runs.merged(); it.hasNext(); ) {
                merged.add(it.next().clone());
            }
            assertThat(merged).as("width %d", width).usingElementComparator(UNSIGNED).containsExactlyElementsOf(expected);
            assertThat(merged.get(merged.size() - 1)[0]).as("values with the top bit set come last").isNegative();
            runs.delete();
            assertThat(tmp.toFile().list()).isEmpty();
        }
    }

    @Test
    void sortsLargeRandomAndAlreadySortedChunksAsArraysSortDoes() {
        Random random = new Random(7);
        int rows = 100_000;
        long[] chunk = new long[rows * 4];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = random.nextLong();
        }
        for (int pass = 0; pass < 2; pass++) { // the second pass sorts sorted input, which bulk loads often give
            long[][] expected = new long[rows][];
            for (int r = 0; r < rows; r++) {
                expected[r] = Arrays.copyOfRange(chunk, r * 4, r * 4 + 4);
            }
            Arrays.sort(expected, UNSIGNED);
            SortedRuns.sort(chunk, 4, 0, rows, new long[4]);
            for (int r = 0; r < rows; r++) {
                assertThat(Arrays.copyOfRange(chunk, r * 4, r * 4 + 4)).as("row %d", r).isEqualTo(expected[r]);
            }
        }
    }

    @Test
    void aRunCutInsideARowIsReportedWithItsFile() throws Exception {
        SortedRuns runs = new SortedRuns(tmp, "cut", 4);
        runs.addRun(new long[] {1, 2, 3, 4, 5, 6, 7, 8}, 2);
        Path run = tmp.resolve("cut-0.run");
        byte[] bytes = Files.readAllBytes(run);
        Files.write(run, Arrays.copyOf(bytes, bytes.length - 8));
        assertThatThrownBy(() -> runs.merged().forEachRemaining(row -> { }))
                .hasMessageContaining("cut-0.run").hasMessageContaining("inside a row");
    }
}
