package org.publod.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.publod.model.Category;
import org.publod.vocab.FABIO;
import org.publod.vocab.SCHEMA;

/**
 * The classes of each category: the most specific FaBiO class with its supertypes up to
 * {@code fabio:Expression} (shape engines do not infer), and the schema.org class.
 */
final class CategoryTypes {
    private CategoryTypes() {
    }

    static List<Resource> of(Category category) {
        return switch (category) {
            case CONFERENCE_PAPER -> List.of(FABIO.Expression, FABIO.ProceedingsPaper, FABIO.ConferencePaper,
                    SCHEMA.ScholarlyArticle);
            case WORKSHOP_PAPER -> List.of(FABIO.Expression, FABIO.ProceedingsPaper, FABIO.WorkshopPaper,
                    SCHEMA.ScholarlyArticle);
            case JOURNAL_ARTICLE -> List.of(FABIO.Expression, FABIO.Article, FABIO.JournalArticle,
                    SCHEMA.ScholarlyArticle);
            case CONFERENCE_ABSTRACT -> List.of(FABIO.Expression, FABIO.Abstract, SCHEMA.ScholarlyArticle);
            case MONOGRAPH -> List.of(FABIO.Expression, FABIO.Book, SCHEMA.Book);
            case CHAPTER -> List.of(FABIO.Expression, FABIO.Chapter, FABIO.BookChapter, SCHEMA.Chapter);
        };
    }
}
