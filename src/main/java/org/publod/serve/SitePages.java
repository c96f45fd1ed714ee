package org.publod.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.publod.serve.ExampleQueries.ExampleQuery;
import org.publod.serve.SiteQueries.PublicationEntry;
import org.publod.serve.SiteQueries.Statistics;
import org.publod.vocab.FABIO;
import org.publod.vocab.SCHEMA;

/** The site's own pages: the index, the search, the SPARQL endpoint's page, robots.txt and the sitemap. */
final class SitePages {
    static final int RECENT = 10;
    static final int RESULTS = 100;
    private static final Map<String, String> COUNTED = Map.of(FABIO.Expression.getURI(), "publications",
            SCHEMA.Person.getURI(), "persons", SCHEMA.Organization.getURI(), "organisations",
            SCHEMA.Event.getURI(), "events");

    private final PageFrames frames;
    private final PageRenderer renderer;
    private final SiteQueries queries;
    private final String endpoint;
    private final List<ExampleQuery> examples = ExampleQueries.bundled();
    private final Assets assets;

    SitePages(PageFrames frames, PageRenderer renderer, SiteQueries queries, String endpointPath, Assets assets) {
        this.assets = assets;
        this.frames = frames;
        this.renderer = renderer;
        this.queries = queries;
        this.endpoint = frames.base().page(endpointPath.substring(1));
    }

    String index() {
        Statistics statistics = queries.voidGraph(frames.base().iri()).map(queries::statistics)
                .orElse(new Statistics(-1, "", Map.of()));
        List<Count> counts = new ArrayList<>();
        for (String type : List.of(FABIO.Expression.getURI(), SCHEMA.Person.getURI(), SCHEMA.Organization.getURI(),
                SCHEMA.Event.getURI())) {
            counts.add(new Count(COUNTED.get(type), String.valueOf(statistics.entitiesPerClass().getOrDefault(type,
                    0L))));
        }
        if (statistics.triples() >= 0) {
            counts.add(new Count("triples", String.valueOf(statistics.triples())));
        }
        IndexView view = new IndexView(counts, statistics.modified(), queries.recentPublications(RECENT), endpoint);
        return renderer.render("index", frames.site("Publications", "", ""), view);
    }

    String search(String text) {
        String query = text == null ? "" : text.strip();
        SearchView view = query.isEmpty() ? new SearchView(query, false, List.of(), List.of())
                : new SearchView(query, true, queries.search(query, RESULTS), queries.searchPersons(query, RESULTS));
        String title = query.isEmpty() ? "Search" : "Search: " + query;
        return renderer.render("search", frames.site(title, "search", query), view);
    }

    String sparql() {
        List<Example> list = examples.stream().map(example -> new Example(example.name(), example.description(),
                example.text(), endpoint + "?query=" + URLEncoder.encode(example.text(), StandardCharsets.UTF_8)))
                .toList();
        PublicBase base = frames.base();
        EditorAssets editor = new EditorAssets(base.page(assets.yasguiScript()), base.page(assets.yasguiStyle()),
                base.page(assets.editorScript()), base.page(assets.prefixes()));
        return renderer.render("sparql", frames.site("SPARQL endpoint", "sparql", ""), new SparqlView(endpoint,
                list, editor));
    }

    /** robots.txt: pages are for everyone; the SPARQL endpoint and the search are not for crawlers. */
    String robots() {
        PublicBase base = frames.base();
        return "User-agent: *\nDisallow: " + base.path() + endpoint.substring(base.page("").length())
                + "\nDisallow: " + base.path() + "search\nSitemap: " + base.page("sitemap.xml") + "\n";
    }

    String sitemap() {
        List<String> locations = new ArrayList<>(List.of(frames.base().page(""), frames.base().page("sparql")));
        queries.sitemapResources().stream().filter(frames.base()::owns).map(frames.base()::documentOf)
                .forEach(locations::add);
        return renderer.render("sitemap", Map.of("locations", locations));
    }

    /** A figure on the index page. */
    record Count(String label, String value) {
    }

    /** The index page. */
    record IndexView(List<Count> counts, String modified, List<PublicationEntry> recent, String endpoint) {
    }

    /** The search page; {@code searched} is false before anything was asked. */
    record SearchView(String query, boolean searched, List<PublicationEntry> publications, List<Link> persons) {
        boolean hasPersons() {
            return !persons.isEmpty();
        }
    }

    /** The SPARQL endpoint's page. */
    record SparqlView(String endpoint, List<Example> examples, EditorAssets editor) {
    }

    /** The addresses of the editor's script, style sheet, set-up script and prefixes. */
    record EditorAssets(String yasgui, String style, String setup, String prefixes) {
    }

    /** An example query with a link that runs it. */
    record Example(String name, String description, String text, String run) {
    }
}
