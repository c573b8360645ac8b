package diplograph.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that tells binary and malformed input apart from text. */
final class TextDecoder {

    private TextDecoder() {
    }

    /** Decodes {@code bytes}, dropping a leading byte order mark. */
    static String decode(byte[] bytes) throws InputProblem {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputProblem(RejectReason.BINARY, "NUL byte at offset " + i);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputProblem(RejectReason.INVALID_UTF8, e.getMessage());
        }
    }
}
