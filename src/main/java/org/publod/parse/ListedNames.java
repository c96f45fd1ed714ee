package org.publod.parse;

import java.util.Optional;
import org.publod.model.AuthorName;

/** Reads an author's name as reports list it ("Cygan M.", "Nowak J.A. Jr"), wherever such a name is found again. */
public final class ListedNames {
    private ListedNames() {
    }

    /** The name, or empty if the text has no such shape. */
    public static Optional<AuthorName> parse(String asListed) {
        return AuthorListParser.parseName(asListed);
    }
}
