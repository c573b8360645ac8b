package diplograph.extract.mention;

import diplograph.lexicon.Title;
import diplograph.model.Entity;
import java.util.List;

/**
 * A candidate reference to a person before resolution.
 *
 * @param sentence  sentence index
 * @param start     first token (article-absolute)
 * @param end       token after the last
 * @param name      the name as written, or {@code null} for a bare title ("the Iranian president")
 * @param titles    titles attached to the mention, in order
 * @param qualifier the state the titles belong to ("Iranian", "Kazakhstan’s", "of Iran"), or null
 * @param form      how the person is referred to
 */
public record PersonMention(int sentence, int start, int end, String name, List<Title> titles,
                     Entity qualifier, Form form) {

    public enum Form {
        /** A title with a name: "President Masoud Pezeshkian", "Araghchi, Iran's foreign minister". */
        TITLED_NAME,
        /** A title without a name: "the Iranian president". */
        TITLE_ONLY,
        /** A name seen elsewhere with a title: "Pezeshkian said". */
        NAME_ONLY,
        /** A full name of an official of the reference, without a title: "Vladimir Putin said". */
        REFERENCE_NAME,
        /** A name that a courtesy title or rank makes a person's: "Dr. Kwame Mensah Boateng", "Brigadier General Miguel A. Correa". */
        HONORIFIC_NAME,
        /** A name without a title that a contact phrase makes a person's: "met with Tatyana Trotsenko". */
        CONTACT_NAME,
        /** A name without a title that quotes: "“…,” said Bruce Riedel", "Amos Gilad, an official, said: “…”". */
        SPEAKER_NAME
    }

    public PersonMention {
        titles = List.copyOf(titles);
    }

    String rule() {
        return switch (form) {
            case TITLED_NAME -> "person.title_name.v1";
            case TITLE_ONLY -> "person.title_reference.v1";
            case NAME_ONLY -> "person.known_name.v1";
            case REFERENCE_NAME -> "person.reference_name.v1";
            case HONORIFIC_NAME -> "person.honorific_name.v1";
            case CONTACT_NAME -> "person.contact_name.v1";
            case SPEAKER_NAME -> "person.speaker_name.v1";
        };
    }
}
