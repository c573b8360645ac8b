package diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Rows of a fixed number of longs, sorted a chunk at a time in memory and spilled to run files,
 * then read back merged into one ascending stream without duplicates: an external merge sort.
 *
 * <p>Rows compare column by column as unsigned numbers, which is the order of TDB2's B+tree
 * records (NodeIds written big-endian, bytes compared unsigned), so a merged stream can be packed
 * into an index as it comes.
 */
final class SortedRuns {

    private static final int BUFFER_BYTES = 1 << 20;

    /** Runs merged at once, each with a read buffer: 64 MB of buffers, however large the load. */
    static final int FAN_IN = 64;

    private final Path dir;
    private final String name;
    private final int width;
    private final int fanIn;
    private final List<Path> runs = new ArrayList<>();
    private int written;

    /**
     * @param dir   where the run files go (they are deleted by {@link #delete})
     * @param name  a file name prefix, unique in {@code dir}
     * @param width longs per row
     */
    SortedRuns(Path dir, String name, int width) {
        this(dir, name, width, FAN_IN);
    }

    /** As above, merging at most {@code fanIn} runs at once. */
    SortedRuns(Path dir, String name, int width, int fanIn) {
        if (fanIn < 2) {
            throw new IllegalArgumentException("a merge needs at least two runs at once: " + fanIn);
        }
        this.dir = dir;
        this.name = name;
        this.width = width;
        this.fanIn = fanIn;
    }

    /** Sorts the first {@code rows} rows of {@code chunk} in place and writes them as one run. */
    void addRun(long[] chunk, int rows) {
        if (rows == 0) {
            return;
        }
        sort(chunk, width, 0, rows, new long[width]);
        int n = rows * width;
        runs.add(write(new Iterator<>() {
            private final long[] row = new long[width];
            private int at;

            @Override
            public boolean hasNext() {
                return at < n;
            }

            @Override
            public long[] next() {
                System.arraycopy(chunk, at, row, 0, width);
                at += width;
                return row;
            }
        }));
    }

    /** Writes rows, in the order given, as a new run file. */
    private Path write(Iterator<long[]> rows) {
        Path run = dir.resolve(name + "-" + written++ + ".run");
        try (FileChannel out = FileChannel.open(run, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
            while (rows.hasNext()) {
                long[] row = rows.next();
                if (buffer.remaining() < width * Long.BYTES) {
                    drain(buffer, out);
                }
                for (long v : row) {
                    buffer.putLong(v);
                }
            }
            drain(buffer, out);
        } catch (IOException e) {
            throw new UncheckedIOException(run + ": cannot write a sorted run", e);
        }
        return run;
    }

    private static void drain(ByteBuffer buffer, FileChannel out) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        buffer.clear();
    }

    /**
     * Every row of every run, ascending, each distinct row once. The array handed out is reused
     * for the next row: copy what must be kept.
     */
    Iterator<long[]> merged() {
        // More runs than one merge takes: merge the oldest into one run until few enough are left.
        while (runs.size() > fanIn) {
            List<Path> first = new ArrayList<>(runs.subList(0, fanIn));
            Path merged = write(merge(first));
            for (Path run : first) {
                delete(run);
            }
            runs.subList(0, fanIn).clear();
            runs.add(merged);
        }
        return merge(runs);
    }

    private Iterator<long[]> merge(List<Path> files) {
        PriorityQueue<Cursor> queue = new PriorityQueue<>(Math.max(1, files.size()),
                (a, b) -> compare(a.row, 0, b.row, 0, width));
        for (Path run : files) {
            Cursor c = new Cursor(run, width);
            if (c.advance()) {
                queue.add(c);
            }
        }
        return new Iterator<>() {
            private final long[] current = new long[width];
            private boolean started;
            private boolean ready;

            @Override
            public boolean hasNext() {
                while (!ready && !queue.isEmpty()) {
                    Cursor c = queue.poll();
                    boolean same = started && compare(c.row, 0, current, 0, width) == 0;
                    if (!same) {
                        System.arraycopy(c.row, 0, current, 0, width);
                        started = true;
                        ready = true;
                    }
                    if (c.advance()) {
                        queue.add(c);
                    } else {
                        c.close();
                    }
                }
                return ready;
            }

            @Override
            public long[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return current;
            }
        };
    }

    /** Deletes the run files. */
    void delete() {
        runs.forEach(SortedRuns::delete);
        runs.clear();
    }

    private static void delete(Path run) {
        try {
            Files.deleteIfExists(run);
        } catch (IOException e) {
            throw new UncheckedIOException(run + ": cannot delete a sorted run", e);
        }
    }

    /** Compares row {@code i} of {@code a} with row {@code j} of {@code b}, column by column, unsigned. */
    static int compare(long[] a, int i, long[] b, int j, int width) {
        int x = i * width;
        int y = j * width;
        for (int k = 0; k < width; k++) {
            int c = Long.compareUnsigned(a[x + k], b[y + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Sorts rows {@code [lo, hi)} of {@code a}: quicksort on the middle of three, insertion sort for
     * short ranges, recursing into the smaller side so the stack stays logarithmic.
     */
    static void sort(long[] a, int width, int lo, int hi, long[] pivot) {
        while (hi - lo > 16) {
            int mid = lo + (hi - lo) / 2;
            int m = medianOfThree(a, width, lo, mid, hi - 1);
            System.arraycopy(a, m * width, pivot, 0, width);
            int i = lo;
            int j = hi - 1;
            while (i <= j) {
                while (compare(a, i, pivot, 0, width) < 0) {
                    i++;
                }
                while (compare(a, j, pivot, 0, width) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(a, width, i, j);
                    i++;
                    j--;
                }
            }
            if (j + 1 - lo < hi - i) {
                sort(a, width, lo, j + 1, pivot);
                lo = i;
            } else {
                sort(a, width, i, hi, pivot);
                hi = j + 1;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            for (int j = i; j > lo && compare(a, j - 1, a, j, width) > 0; j--) {
                swap(a, width, j - 1, j);
            }
        }
    }

    private static int medianOfThree(long[] a, int width, int x, int y, int z) {
        if (compare(a, x, a, y, width) < 0) {
            if (compare(a, y, a, z, width) < 0) {
                return y;
            }
            return compare(a, x, a, z, width) < 0 ? z : x;
        }
        if (compare(a, x, a, z, width) < 0) {
            return x;
        }
        return compare(a, y, a, z, width) < 0 ? z : y;
    }

    private static void swap(long[] a, int width, int i, int j) {
        int x = i * width;
        int y = j * width;
        for (int k = 0; k < width; k++) {
            long t = a[x + k];
            a[x + k] = a[y + k];
            a[y + k] = t;
        }
    }

    /** Reads one run file row by row. */
    private static final class Cursor {
        private final FileChannel in;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
        private final long[] row;
        private final Path file;

        Cursor(Path file, int width) {
            this.file = file;
            this.row = new long[width];
            try {
                in = FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read a sorted run", e);
            }
            buffer.flip();
        }

        /** Reads the next row into {@link #row}; {@code false} at the end of the run. */
        boolean advance() {
            try {
                for (int k = 0; k < row.length; k++) {
                    if (buffer.remaining() < Long.BYTES && !fill()) {
                        if (k == 0 && !buffer.hasRemaining()) {
                            return false;
                        }
                        throw new IllegalStateException(file + ": a sorted run ends inside a row");
                    }
                    row[k] = buffer.getLong();
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read a sorted run", e);
            }
        }

        /** Reads more of the file; {@code false} when less than one long is left. */
        private boolean fill() throws IOException {
            buffer.compact();
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // a file channel reads until the buffer is full or the file ends
            }
            buffer.flip();
            return buffer.remaining() >= Long.BYTES;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot close a sorted run", e);
            }
        }
    }
}
