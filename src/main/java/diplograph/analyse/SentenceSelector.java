package diplograph.analyse;

import diplograph.model.Token;
import java.util.List;

/**
 * Which sentences the analyser parses: the parse is the analyser's costliest layer, and the rules
 * read it only where a sentence holds what they look for (a contact verb or noun). The facade
 * builds one from the lexicons; the analyser also parses the sentence before a selected one whose
 * group word ("the two leaders met") may stand for its subject.
 */
@FunctionalInterface
public interface SentenceSelector {

    /** Every sentence is parsed. */
    SentenceSelector ALL = (sentence, text) -> true;

    /**
     * Whether to parse a sentence.
     *
     * @param sentence its tokens (article-absolute offsets)
     * @param text     the article's text, which the offsets index
     */
    boolean parse(List<Token> sentence, String text);

    /**
     * Whether a selected sentence needs the one before it parsed too: when it may stand for that
     * sentence's subject ("The two leaders met …" after "Obama and Abe pledged …"). Every selected
     * sentence does, unless the selector knows better.
     */
    default boolean parseSentenceBefore(List<Token> sentence, String text) {
        return true;
    }
}
