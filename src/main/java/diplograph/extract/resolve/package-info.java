/**
 * Resolution: person mentions in, persons out — the longest name of an article is its person
 * ("Pezeshkian" is Masoud Pezeshkian), bare titles and counterparts go to a person of the article
 * or to the reference's one holder of that office that day, pronouns to the salient person, and
 * each person is linked to the officials reference with the grounds for it.
 */
package diplograph.extract.resolve;
