package diplograph.model;

import java.util.List;

/** Everything read from one article: the output of the extract stage, the input of map. */
public record Extraction(Article article, List<Entity> entities, List<Fact> facts,
                         List<Diagnostic> diagnostics) {

    public Extraction {
        java.util.Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The facts of one type, in order. */
    public <T extends Fact> List<T> facts(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
