package org.publod.serve;

import java.util.List;

/**
 * What every page has around its content: title, navigation, alternate formats, the embedded JSON-LD and the
 * meta tags. Every link is made from the public base.
 *
 * @param pageTitle the page's title
 * @param home the index page
 * @param searchPage the search page
 * @param sparqlPage the page about the SPARQL endpoint
 * @param voidDescription the dataset's VoID description
 * @param canonical the page's own address
 * @param alternates the same content in other formats
 * @param jsonLd the page's schema.org description as JSON-LD, already safe inside {@code <script>}
 * @param meta meta tags (the citation tags on publication pages)
 * @param query the search text, to keep in the search box
 */
record PageFrame(String pageTitle, String home, String searchPage, String sparqlPage, String voidDescription,
                 String canonical, List<Alternate> alternates, String jsonLd, List<Meta> meta, String query) {
    PageFrame {
        alternates = List.copyOf(alternates);
        meta = List.copyOf(meta);
    }

    /** Whether there are any alternates (for the template, which has no logic). */
    boolean hasAlternates() {
        return !alternates.isEmpty();
    }

    /**
     * A link to the page's content in another format.
     *
     * @param mediaType the format's media type
     * @param name the format's name, as {@code ?format=} takes it
     * @param href the link
     */
    record Alternate(String mediaType, String name, String href) {
    }

    /**
     * A {@code <meta name content>} tag.
     *
     * @param name the name
     * @param content the content
     */
    record Meta(String name, String content) {
    }
}
