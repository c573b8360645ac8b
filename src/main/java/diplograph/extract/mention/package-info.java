/**
 * Mentions: what an {@link diplograph.model.AnalysedArticle} names, each with its tokens —
 * persons by title, reference name or contact phrase ({@link diplograph.extract.mention.PersonMention}),
 * states, organizations, dates resolved against the publication day, places, and the phrases that
 * report a contact. Nothing here decides who a mention is; {@code resolve} does.
 */
package diplograph.extract.mention;
