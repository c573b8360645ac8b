/**
 * The word lists and gazetteers (data files under {@code src/main/resources/lexicon} and
 * {@code reference}) and the phrase matcher that finds them in tokens. Read by extract.
 */
package diplograph.lexicon;
