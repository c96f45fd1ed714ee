package org.publod.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.publod.serve.ExampleQueries.ExampleQuery;
import org.publod.serve.Paging.Pager;
import org.publod.serve.Paging.Slice;
import org.publod.serve.SiteQueries.PublicationEntry;
import org.publod.serve.SiteQueries.Statistics;
import org.publod.vocab.FABIO;
import org.publod.vocab.SCHEMA;

/** The site's own pages: the index, the search, the SPARQL endpoint's page, robots.txt and the sitemap. */
final class SitePages {
    static final int RECENT = 10;
    /** Persons and venues a search shows beside the publications, before "more". */
    static final int SIDE_RESULTS = 10;
    /** A sitemap holds at most 50,000 URLs (sitemaps.org protocol). */
    static final int SITEMAP_SIZE = 50_000;
    /** What the search finds besides publications, by the {@code kind} it pages them under. */
    private static final Map<String, List<String>> NAMED_KINDS = Map.of("persons", List.of(SCHEMA.Person.getURI()),
            "venues", List.of(SCHEMA.Periodical.getURI(), SCHEMA.Event.getURI()));
    private static final Map<String, String> COUNTED = Map.of(FABIO.Expression.getURI(), "publications",
            SCHEMA.Person.getURI(), "persons", SCHEMA.Organization.getURI(), "organisations",
            SCHEMA.Event.getURI(), "events");

    private final PageFrames frames;
    private final PageRenderer renderer;
    private final SiteQueries queries;
    private final String endpoint;
    private final List<ExampleQuery> examples = ExampleQueries.bundled();
    private final Assets assets;
    private final int pageSize;
    private final int sitemapSize;

    /** The site's pages, with lists of {@code pageSize} entries and sitemaps of {@code sitemapSize} URLs. */
    SitePages(PageFrames frames, PageRenderer renderer, SiteQueries queries, String endpointPath, int pageSize,
              int sitemapSize, Assets assets) {
        this.assets = assets;
        this.frames = frames;
        this.renderer = renderer;
        this.queries = queries;
        this.endpoint = frames.base().page(endpointPath.substring(1));
        this.pageSize = pageSize;
        this.sitemapSize = sitemapSize;
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
        PublicBase base = frames.base();
        List<FacetLink> years = queries.years().stream().map(year -> new FacetLink(base.page("browse?year="
                + year.value()), year.value(), year.count())).toList();
        List<FacetLink> types = queries.types().stream().map(type -> new FacetLink(base.page("browse?type="
                + type.value()), typeLabel(type.value()), type.count())).toList();
        IndexView view = new IndexView(counts, statistics.modified(), queries.recentPublications(RECENT), endpoint,
                years, types, base.page("browse?by=venue"));
        return renderer.render("index", frames.site("Publications", "", ""), view);
    }

    /**
     * The browsing pages: the publications of a year ({@code year=2024}), of a FaBiO type ({@code
     * type=JournalArticle}), of a venue ({@code venue=IRI}: a journal, book or event), or the venues
     * ({@code by=venue}); a page at a time ({@code page}, {@code size}: see {@link Paging}). Empty when the
     * parameters name nothing to browse.
     */
    Optional<String> browse(String year, String type, String venue, String by, String page, String size) {
        Paging paging = Paging.of(page, size, pageSize);
        ListQueries lists = queries.lists();
        PublicBase base = frames.base();
        if (year != null && year.matches("-?\\d{1,4}")) {
            return Optional.of(browsePublications("Publications of " + year, "browse?year=" + year,
                    lists.publications("?publication fabio:hasPublicationYear ?year . "
                            + "FILTER EXISTS { ?publication schema:author ?any }", Map.of("year",
                            NodeFactory.createLiteralDT(year, XSDDatatype.XSDgYear)), paging)));
        }
        if (type != null && type.matches("[A-Za-z]{1,64}")) {
            return Optional.of(browsePublications(typeLabel(type), "browse?type=" + type,
                    lists.publications("?publication a ?type ; schema:author ?any .", Map.of("type",
                            NodeFactory.createURI(FABIO.NS + type)), paging)));
        }
        if (venue != null && IriText.isPlausibleIri(venue)) {
            String name = queries.name(venue).orElse(venue);
            return Optional.of(browsePublications(name, "browse?venue=" + URLEncoder.encode(venue,
                    StandardCharsets.UTF_8), lists.publications("""
                            { ?publication schema:isPartOf+ ?venue } UNION { ?venue schema:workFeatured ?publication }
                            FILTER EXISTS { ?publication schema:author ?any }
                            """, Map.of("venue", NodeFactory.createURI(venue)), paging)));
        }
        if ("venue".equals(by)) {
            Slice<Link> venues = lists.named("VALUES ?type { schema:Periodical schema:Event } ?thing a ?type .",
                    Map.of(), paging);
            BrowseView view = new BrowseView("Journals and events", List.of(), browsable(venues.items()),
                    venues.pager(base.page("browse?by=venue")));
            return Optional.of(renderer.render("browse", frames.site("Journals and events", "browse?by=venue", ""),
                    view));
        }
        return Optional.empty();
    }

    /** Links to venues as links to the browsing pages of their publications. */
    private List<Link> browsable(List<Link> venues) {
        return venues.stream().map(link -> new Link(frames.base().page("browse?venue=" + URLEncoder.encode(
                IriText.fromUri(link.href()), StandardCharsets.UTF_8)), link.text())).toList();
    }

    private String browsePublications(String title, String relative, Slice<PublicationEntry> publications) {
        BrowseView view = new BrowseView(title, publications.items(), List.of(),
                publications.pager(frames.base().page(relative)));
        return renderer.render("browse", frames.site(title, relative, ""), view);
    }

    /**
     * The search: publications by their titles, persons by their names, journals and events by theirs, each ranked
     * by the text index. The publications are paged; persons and venues show their best few, and page under
     * {@code kind=persons} or {@code kind=venues}.
     */
    String search(String text, String kind, String page, String size) {
        String query = text == null ? "" : text.strip();
        String title = query.isEmpty() ? "Search" : "Search: " + query;
        String address = frames.base().page("search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        if (query.isEmpty()) {
            return renderer.render("search", frames.site(title, "search", query), SearchView.EMPTY);
        }
        ListQueries lists = queries.lists();
        Paging paging = Paging.of(page, size, pageSize);
        SearchView view;
        if (kind != null && NAMED_KINDS.containsKey(kind)) {
            Slice<Link> found = lists.searchNames(query, Map.of(kind, NAMED_KINDS.get(kind)), paging,
                    ListQueries.MOST_HITS).get(kind);
            String more = address + "&kind=" + kind;
            view = new SearchView(query, true, List.of(), kind.equals("persons") ? found.items() : List.of(),
                    kind.equals("venues") ? browsable(found.items()) : List.of(), found.pager(more), "", "");
        } else {
            Slice<PublicationEntry> publications = lists.searchPublications(query, paging);
            Paging side = new Paging(1, SIDE_RESULTS);
            Map<String, Slice<Link>> named = paging.number() == 1
                    ? lists.searchNames(query, NAMED_KINDS, side, ListQueries.SIDE_HITS) : Map.of();
            Slice<Link> persons = named.getOrDefault("persons", side.slice(List.of()));
            Slice<Link> venues = named.getOrDefault("venues", side.slice(List.of()));
            venues = new Slice<>(browsable(venues.items()), venues.hasNext(), venues.paging());
            view = new SearchView(query, true, publications.items(), persons.items(), venues.items(),
                    publications.pager(address), persons.hasNext() ? address + "&kind=persons" : "",
                    venues.hasNext() ? address + "&kind=venues" : "");
        }
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

    /**
     * The sitemap index: one sitemap of at most {@code sitemapSize} URLs for each stretch of the list of pages,
     * which holds the site's own pages, then the publications, persons, organisations, events and the other
     * expressions (journals, volumes, issues), so that a crawler that reads only the first sitemaps gets the
     * publications.
     */
    String sitemapIndex() {
        long total = 2 + queries.sitemapCounts().stream().mapToLong(Long::longValue).sum();
        List<String> sitemaps = new ArrayList<>();
        for (long page = 1; (page - 1) * sitemapSize < total; page++) {
            sitemaps.add(frames.base().page("sitemap/" + page + ".xml"));
        }
        return renderer.render("sitemap-index", Map.of("sitemaps", sitemaps));
    }

    /** One sitemap of the index, by its number from 1; empty when there is no such sitemap. */
    Optional<String> sitemap(String number) {
        if (number == null || !number.matches("[1-9]\\d{0,8}")) {
            return Optional.empty();
        }
        long offset = (Long.parseLong(number) - 1) * sitemapSize;
        List<String> locations = new ArrayList<>();
        long skip = offset;
        for (String page : List.of(frames.base().page(""), frames.base().page("sparql"))) {
            if (skip-- <= 0) {
                locations.add(page);
            }
        }
        long resourcesFrom = Math.max(0, offset - 2);
        queries.sitemapResources(resourcesFrom, sitemapSize - locations.size()).stream()
                .filter(frames.base()::owns).map(frames.base()::documentOf).forEach(locations::add);
        if (locations.isEmpty() && offset > 0) {
            return Optional.empty();
        }
        return Optional.of(renderer.render("sitemap", Map.of("locations", locations)));
    }

    /** A FaBiO class's local name as words: "JournalArticle" is "Journal article". */
    static String typeLabel(String localName) {
        String words = localName.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A link to a facet's publications, with how many there are.
     *
     * @param href the browsing page
     * @param label what it says
     * @param count how many publications
     */
    record FacetLink(String href, String label, long count) {
    }

    /**
     * A browsing page: publications, or venues, a page at a time.
     *
     * @param title what is browsed
     * @param publications the publications on this page
     * @param venues the venues on this page
     * @param pager the links to the other pages
     */
    record BrowseView(String title, List<PublicationEntry> publications, List<Link> venues, Pager pager) {
    }

    /** A figure on the index page. */
    record Count(String label, String value) {
    }

    /** The index page. */
    record IndexView(List<Count> counts, String modified, List<PublicationEntry> recent, String endpoint,
                     List<FacetLink> years, List<FacetLink> types, String venues) {
    }

    /**
     * The search page; {@code searched} is false before anything was asked.
     *
     * @param query the text searched for
     * @param searched whether anything was searched for
     * @param publications the publications found, on this page
     * @param persons the persons found, on this page
     * @param venues the journals and events found, on this page
     * @param pager the links to the other pages
     * @param morePersons the page of all persons found, or empty when all are shown
     * @param moreVenues the page of all venues found, or empty when all are shown
     */
    record SearchView(String query, boolean searched, List<PublicationEntry> publications, List<Link> persons,
                      List<Link> venues, Pager pager, String morePersons, String moreVenues) {
        static final SearchView EMPTY = new SearchView("", false, List.of(), List.of(), List.of(),
                new Pager(1, "", "", ""), "", "");

        boolean hasPersons() {
            return !persons.isEmpty();
        }

        boolean hasVenues() {
            return !venues.isEmpty();
        }

        boolean nothingFound() {
            return publications.isEmpty() && persons.isEmpty() && venues.isEmpty();
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
