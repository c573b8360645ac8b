package diplograph.extract;

import diplograph.model.AnalysedArticle;
import diplograph.model.Extraction;

/** Reads the entities and facts of one analysed article. */
public interface Extractor {

    Extraction extract(AnalysedArticle article);
}
