package diplograph.analyse;

import diplograph.model.AnalysedArticle;
import diplograph.model.Article;

/** Splits an article into sentences and tagged tokens with article-absolute offsets. */
public interface Analyser {

    AnalysedArticle analyse(Article article);
}
