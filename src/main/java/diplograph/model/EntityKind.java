package diplograph.model;

/** What an entity is; decides its IRI path and its RDF class. */
public enum EntityKind {
    STATE("state"), PERSON("person"), ORGANIZATION("org"), PLACE("place");

    private final String path;

    EntityKind(String path) {
        this.path = path;
    }

    /** The IRI path segment of this kind, e.g. {@code person}. */
    public String path() {
        return path;
    }
}
