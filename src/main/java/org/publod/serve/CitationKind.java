package org.publod.serve;

import java.util.Set;
import org.publod.vocab.FABIO;
import org.publod.vocab.SCHEMA;

/**
 * The kinds of publication a citation format tells apart, each with its name in BibTeX, RIS and CSL; read from the
 * FaBiO (and schema.org) types the profile gives a publication. A conference abstract is none of the others.
 */
public enum CitationKind {
    JOURNAL_ARTICLE("article", "JOUR", "article-journal"),
    PROCEEDINGS_PAPER("inproceedings", "CPAPER", "paper-conference"),
    CHAPTER("incollection", "CHAP", "chapter"),
    BOOK("book", "BOOK", "book"),
    OTHER("misc", "GEN", "article");

    private final String bibTex;
    private final String ris;
    private final String csl;

    CitationKind(String bibTex, String ris, String csl) {
        this.bibTex = bibTex;
        this.ris = ris;
        this.csl = csl;
    }

    /** The BibTeX entry type. */
    String bibTex() {
        return bibTex;
    }

    /** The RIS reference type (TY). */
    String ris() {
        return ris;
    }

    /** The CSL item type. */
    String csl() {
        return csl;
    }

    /** The kind a publication's type IRIs say. */
    static CitationKind of(Set<String> types) {
        if (types.contains(FABIO.JournalArticle.getURI())) {
            return JOURNAL_ARTICLE;
        }
        if (types.contains(FABIO.ProceedingsPaper.getURI()) || types.contains(FABIO.ConferencePaper.getURI())
                || types.contains(FABIO.WorkshopPaper.getURI())) {
            return PROCEEDINGS_PAPER;
        }
        if (types.contains(FABIO.BookChapter.getURI()) || types.contains(FABIO.Chapter.getURI())
                || types.contains(SCHEMA.Chapter.getURI())) {
            return CHAPTER;
        }
        if (types.contains(FABIO.Book.getURI()) || types.contains(SCHEMA.Book.getURI())) {
            return BOOK;
        }
        return OTHER;
    }
}
