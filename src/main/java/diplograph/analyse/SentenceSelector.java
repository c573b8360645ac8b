package diplograph.analyse;

import diplograph.model.Token;
import java.util.List;

/**
 * Which sentences the analyser parses: the parse is the analyser's costliest layer, and the rules
 * read it only where a sentence holds what they look for (a contact verb or noun). The facade
 * builds one from the lexicons; the analyser also parses the sentence before each selected one,
 * whose subject a group word ("the two leaders met") may stand for.
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
}
