package org.publod.map;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.publod.model.Category;
import org.publod.vocab.FABIO;
import org.publod.vocab.SCHEMA;

/**
 * The classes of each category: the most specific FaBiO class with its supertypes up to
 * {@code fabio:Expression} (shape engines do not infer), and the schema.org class.
 */
public final class CategoryTypes {
    private CategoryTypes() {
    }

    /** The category whose most specific FaBiO class is {@code classIri}, as a store holding the data tells it. */
    public static Optional<Category> byMostSpecific(String classIri) {
        return Arrays.stream(Category.values()).filter(category -> mostSpecific(category).getURI().equals(classIri))
                .findFirst();
    }

    /** The most specific FaBiO class of each category, one per category. */
    public static List<Resource> mostSpecific() {
        return Arrays.stream(Category.values()).map(CategoryTypes::mostSpecific).toList();
    }

    private static Resource mostSpecific(Category category) {
        List<Resource> fabio = of(category).stream().filter(type -> type.getURI().startsWith(FABIO.NS)).toList();
        return fabio.get(fabio.size() - 1);
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
