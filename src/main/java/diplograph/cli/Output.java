package diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Jena writes bytes; picocli commands print to a writer so that tests can capture what they
 * print. This stream decodes UTF-8 onto the command's stdout writer, keeping a character split
 * across two writes whole.
 */
final class Output extends OutputStream {

    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);

    private Output(PrintWriter out) {
        this.out = out;
    }

    static OutputStream stdout(CommandSpec spec) {
        return new Output(spec.commandLine().getOut());
    }

    @Override
    public void write(int b) {
        if (!bytes.hasRemaining()) {
            drain(false);
        }
        bytes.put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            if (!bytes.hasRemaining()) {
                drain(false);
            }
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
        }
    }

    private void drain(boolean end) {
        bytes.flip();
        decoder.decode(bytes, chars, end);
        chars.flip();
        out.append(chars);
        chars.clear();
        bytes.compact();
    }

    @Override
    public void flush() {
        drain(false);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        drain(true);
        out.flush();
    }
}
