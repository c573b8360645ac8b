/**
 * Extract stage: an {@link diplograph.model.AnalysedArticle} in, an
 * {@link diplograph.model.Extraction} (entities and facts, each fact with its evidence) out.
 * {@link diplograph.extract.StandardExtractor} runs the steps in order; they live in three
 * subpackages by what they produce: {@code mention} (persons, states, organizations, dates,
 * places and contact phrases found in the text), {@code resolve} (which person each mention is,
 * who "he" and "the two ministers" are, links to the officials reference) and {@code fact}
 * (events, roles, agreements, positions, quotes, messages). Mechanisms live here; every word
 * they look for comes from {@link diplograph.lexicon.Lexicon}.
 */
package diplograph.extract;
