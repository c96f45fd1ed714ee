package org.publod.map;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.publod.PublodException;
import org.publod.Sha256;
import org.publod.model.AuthorName;
import org.publod.model.Event;
import org.publod.model.Institute;
import org.publod.model.Issn;
import org.publod.model.Journal;
import org.publod.model.Publication;

/**
 * Mints every IRI publod publishes, from stable keys under one base. The same report always gives the same
 * IRIs, and the same paper, person or event listed in two reports gets one IRI. Path segments keep letters of
 * any script (they are IRIs, RFC 3987) and replace everything else by a hyphen; a segment longer than
 * {@value #MAX_SLUG} characters is cut and suffixed with a hash of the whole key, so distinct keys never meet.
 */
public final class IriMinter {
    private static final int MAX_SLUG = 80;
    private static final int HASH_CHARS = 10;

    private final String base;

    public IriMinter(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s#?]+/")) {
            throw new PublodException(PublodException.ErrorCode.INPUT,
                    "the base IRI must be an http(s) IRI ending in '/', found \"" + base + "\"");
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** A publication: its year and normalised title, so that every co-author's report meets in one IRI. */
    public String publication(Publication publication) {
        return base + "publication/" + publication.year() + "/" + slug(publication.title());
    }

    public String authorRole(String publicationIri, int position) {
        return publicationIri + "/author/" + position;
    }

    public String embodiment(String publicationIri) {
        return publicationIri + "/embodiment";
    }

    /** A person, by the name as listed (family name, suffix and initials); spellings that differ stay apart. */
    public String person(AuthorName name) {
        String initials = name.initials().replaceAll("[.\\s-]", "");
        return base + "person/" + slug(name.familyNameAndSuffix() + "-" + initials);
    }

    public String institute(Institute institute) {
        return base + "organization/" + slug(institute.shortName());
    }

    public String organization(String name) {
        return base + "organization/" + slug(name);
    }

    public String event(Event event) {
        LocalDate start = event.startDate();
        return base + "event/" + slug(event.acronym().orElse(event.name()) + "-" + start);
    }

    /** A journal: by its ISSN where it has one, so that spellings of its title meet. */
    public String journal(Journal journal) {
        return base + "journal/" + journal.issn().map(Issn::value).orElseGet(() -> slug(journal.title()));
    }

    public String volume(String journalIri, String volume) {
        return journalIri + "/volume/" + slug(volume);
    }

    public String issue(String containerIri, String issue) {
        return containerIri + "/issue/" + slug(issue);
    }

    public String book(String title) {
        return base + "book/" + slug(title);
    }

    /** An identifier node of a resource, by scheme ("doi", "issn", "orcid"). */
    public String identifier(String ownerIri, String scheme) {
        return ownerIri + "/id/" + scheme;
    }

    public String place(String ownerIri) {
        return ownerIri + "/place";
    }

    public String address(String ownerIri) {
        return ownerIri + "/address";
    }

    /** The named graph that holds one report: keyed by the report's file name. */
    public String reportGraph(String reportFileName) {
        return base + "graph/" + slug(reportFileName);
    }

    /** The source report itself, as a document. */
    public String report(String reportFileName) {
        return base + "report/" + slug(reportFileName);
    }

    /** One line of a report: an RFC 5147 fragment selecting exactly line {@code line} (1-based). */
    public String reportLine(String reportFileName, int line) {
        return report(reportFileName) + "#line=" + (line - 1) + "," + line;
    }

    /** The named graph that holds the links to dblp and ORCID, apart from the report graphs. */
    public String linksetGraph() {
        return base + "graph/linkset";
    }

    /** One VoID linkset, by name ("dblp-records", "dblp-persons", "orcid"). */
    public String linkset(String name) {
        return base + "linkset/" + slug(name);
    }

    /** The description of one link (or one learned statement): keyed by its triple, so reruns keep it. */
    public String linkStatement(String linksetIri, String subject, String predicate, String object) {
        return linksetIri + "/link/" + hash(subject + " " + predicate + " " + object);
    }

    static String slug(String key) {
        String folded = Normalizer.normalize(key, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (folded.isEmpty()) {
            return hash(key);
        }
        if (folded.length() <= MAX_SLUG) {
            return folded;
        }
        return folded.substring(0, MAX_SLUG - HASH_CHARS - 1).replaceAll("-+$", "") + "-" + hash(folded);
    }

    private static String hash(String key) {
        return Sha256.hex(key).substring(0, HASH_CHARS);
    }
}
