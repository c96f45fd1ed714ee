package org.publod.map;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.publod.PublodException;
import org.publod.Sha256;
import org.publod.model.Ascii;
import org.publod.model.AuthorName;
import org.publod.model.Book;
import org.publod.model.Event;
import org.publod.model.Institute;
import org.publod.model.Issn;
import org.publod.model.Journal;
import org.publod.model.Person;
import org.publod.model.Publication;

/**
 * Mints every IRI publod publishes, from stable keys under one base. The same report always gives the same
 * IRIs, and the same paper, person or event listed in two reports gets one IRI. Every IRI is also a URI (RFC
 * 3986), so the address a client fetches is the subject of the data it gets: see {@link #slug(String)}.
 *
 * <p>{@link #earlier()} mints the IRIs that publod published before: first with path segments that kept letters of
 * any script ({@link #legacy()}), then with a publication named by its year and title alone. The mapper states
 * that each of those that differs is replaced by the current one.
 */
public final class IriMinter {
    private static final int MAX_SLUG = 80;
    private static final int HASH_CHARS = 10;
    private static final int FOLD_HASH_CHARS = 6;
    private static final int TITLE_SLUG = 60;
    private static final String HEX = "0123456789ABCDEF";

    /** The rules publod has minted IRIs by, oldest first. */
    private enum Generation {
        /** Path segments kept letters of any script; a publication was its year and title. */
        UNICODE,
        /** Path segments ASCII; a publication was still its year and title, so two could share one IRI. */
        TITLE,
        /** A publication is its key ({@link #publicationKey}). */
        KEYED
    }

    private final String base;
    private final Generation generation;

    public IriMinter(String base) {
        this(base, Generation.KEYED);
    }

    private IriMinter(String base, Generation generation) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s#?]+/")) {
            throw new PublodException(PublodException.ErrorCode.INPUT,
                    "the base IRI must be an http(s) IRI ending in '/', found \"" + base + "\"");
        }
        this.base = base;
        this.generation = generation;
    }

    /** The minter of the IRIs publod published before its IRIs were URIs: same keys, Unicode path segments. */
    public IriMinter legacy() {
        return new IriMinter(base, Generation.UNICODE);
    }

    /** The minters of every IRI publod published before, oldest first: each may mint an IRI now replaced. */
    public List<IriMinter> earlier() {
        return List.of(legacy(), new IriMinter(base, Generation.TITLE));
    }

    public String base() {
        return base;
    }

    /**
     * A publication, by its key ({@link #publicationKey}): every co-author's report of one publication meets in
     * one IRI, and two publications never share one. With a DOI, {@code publication/doi/{doi}-{hash}}; else
     * {@code publication/{year}/{title}-{hash}}, where the hash is the first {@value #FOLD_HASH_CHARS} hex digits
     * of the key's SHA-256 and the DOI or title is there to be read (ASCII, cut at {@value #TITLE_SLUG}).
     */
    public String publication(Publication publication) {
        if (generation != Generation.KEYED) {
            return base + "publication/" + publication.year() + "/" + segment(publication.title());
        }
        String key = publicationKey(publication);
        String keyHash = Sha256.hex(key).substring(0, FOLD_HASH_CHARS);
        return base + "publication/" + publication.doi()
                .map(doi -> "doi/" + readable(doi.value()))
                .orElseGet(() -> publication.year() + "/" + readable(publication.title())) + "-" + keyHash;
    }

    /**
     * What makes a publication itself: its DOI where it has one; else its category, its containers (the journal by
     * ISSN or else by name, the event by acronym or name and start date, the book by title), its year and its
     * title, each folded ({@link Ascii#comparable}) so that case, accents, punctuation and spacing do not count. The
     * authors are no part of it: co-authors' reports list them alike or not.
     */
    static String publicationKey(Publication publication) {
        if (publication.doi().isPresent()) {
            return "doi " + publication.doi().get().value();
        }
        List<String> parts = new ArrayList<>();
        parts.add(publication.category().name().toLowerCase(Locale.ROOT));
        publication.journal().ifPresent(journal -> parts.add(journal.issn()
                .map(issn -> "issn " + issn.value()).orElseGet(() -> "journal " + Ascii.comparable(journal.title()))));
        publication.event().ifPresent(event -> parts.add("event " + Ascii.comparable(event.acronym()
                .orElse(event.name())) + " " + event.startDate()));
        publication.book().flatMap(Book::title).ifPresent(title -> parts.add("book " + Ascii.comparable(title)));
        parts.add(publication.year().toString());
        parts.add(Ascii.comparable(publication.title()));
        return String.join(" | ", parts);
    }

    public String authorRole(String publicationIri, int position) {
        return publicationIri + "/author/" + position;
    }

    public String embodiment(String publicationIri) {
        return publicationIri + "/embodiment";
    }

    /**
     * A person as linking found them: by the listed name where evidence neither joined it with another name nor
     * separated it ({@link #person(AuthorName)}); else by dblp pid ({@code person/dblp/76/819}) or ORCID iD
     * ({@code person/orcid/0000-0002-1825-0097}).
     */
    public String person(Person.Basis basis) {
        if (basis instanceof Person.Basis.Dblp dblp) {
            return base + "person/dblp/" + String.join("/", Arrays.stream(dblp.pid().split("/"))
                    .map(this::segment).toList());
        }
        if (basis instanceof Person.Basis.OrcidId orcid) {
            return base + "person/orcid/" + orcid.orcid();
        }
        return person(((Person.Basis.Name) basis).name());
    }

    /** A person, by the name as listed (family name, suffix and initials); spellings that differ stay apart. */
    public String person(AuthorName name) {
        String initials = name.initials().replaceAll("[.\\s-]", "");
        return base + "person/" + segment(name.familyNameAndSuffix() + "-" + initials);
    }

    public String institute(Institute institute) {
        return base + "organization/" + segment(institute.shortName());
    }

    public String organization(String name) {
        return base + "organization/" + segment(name);
    }

    public String event(Event event) {
        LocalDate start = event.startDate();
        return base + "event/" + segment(event.acronym().orElse(event.name()) + "-" + start);
    }

    /** A journal: by its ISSN where it has one, so that spellings of its title meet. */
    public String journal(Journal journal) {
        return base + "journal/" + journal.issn().map(Issn::value).orElseGet(() -> segment(journal.title()));
    }

    public String volume(String journalIri, String volume) {
        return journalIri + "/volume/" + segment(volume);
    }

    public String issue(String containerIri, String issue) {
        return containerIri + "/issue/" + segment(issue);
    }

    public String book(String title) {
        return base + "book/" + segment(title);
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
        return base + "graph/" + segment(reportFileName);
    }

    /** The source report itself, as a document. */
    public String report(String reportFileName) {
        return base + "report/" + segment(reportFileName);
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
        return base + "linkset/" + segment(name);
    }

    /** The description of one link (or one learned statement): keyed by its triple, so reruns keep it. */
    public String linkStatement(String linksetIri, String subject, String predicate, String object) {
        return linksetIri + "/link/" + hash(subject + " " + predicate + " " + object);
    }

    private String segment(String key) {
        return generation == Generation.UNICODE ? legacySlug(key) : slug(key);
    }

    /** A key to read in an IRI whose uniqueness comes from a hash beside it: ASCII, never empty, cut between words. */
    private static String readable(String key) {
        String folded = percentEncode(Ascii.fold(unicodeForm(key)));
        if (folded.isEmpty()) {
            return "untitled";
        }
        if (folded.length() <= TITLE_SLUG) {
            return folded;
        }
        String cut = cut(folded, TITLE_SLUG);
        int word = cut.lastIndexOf('-');
        return folded.charAt(cut.length()) == '-' || word < TITLE_SLUG / 2 ? cut : cut.substring(0, word);
    }

    /**
     * One ASCII path segment for a key. The key's Unicode form (see {@link #legacySlug(String)}, before any cut)
     * has its Latin letters folded to ASCII ({@link Ascii#fold}) and whatever is still not ASCII (CJK, Greek,
     * Cyrillic) percent-encoded as UTF-8 bytes with upper-case hex digits. Where folding changed the Unicode form,
     * the first {@value #FOLD_HASH_CHARS} hex digits of its SHA-256 are appended: two keys that fold alike
     * ("Odrzygoźdź T." and "Odrzygóźdź T.") stay two IRIs, as they were two before, since folding is no evidence
     * that they name one thing. The slug depends on the key alone, never on which other keys exist, and an ASCII
     * key keeps the slug it always had.
     */
    static String slug(String key) {
        String unicode = unicodeForm(key);
        if (unicode.isEmpty()) {
            return hash(key);
        }
        String folded = Ascii.fold(unicode);
        String encoded = percentEncode(folded);
        String suffix = folded.equals(unicode) ? "" : "-" + hash(unicode).substring(0, FOLD_HASH_CHARS);
        if (encoded.length() + suffix.length() <= MAX_SLUG) {
            return encoded + suffix;
        }
        return cut(encoded, MAX_SLUG - HASH_CHARS - 1) + "-" + hash(unicode);
    }

    /**
     * The path segment publod minted before its IRIs were URIs: Unicode NFC, lower case, every run of characters
     * other than letters, digits and full stops a hyphen, leading and trailing hyphens and full stops dropped, and
     * cut at {@value #MAX_SLUG} characters with a hash. Kept so that every IRI ever published still resolves.
     */
    static String legacySlug(String key) {
        String unicode = unicodeForm(key);
        if (unicode.isEmpty()) {
            return hash(key);
        }
        if (unicode.length() <= MAX_SLUG) {
            return unicode;
        }
        return cut(unicode, MAX_SLUG - HASH_CHARS - 1) + "-" + hash(unicode);
    }

    private static String unicodeForm(String key) {
        return Normalizer.normalize(key, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    }

    /** The first {@code length} characters, never ending inside a percent-encoding or on a hyphen. */
    private static String cut(String text, int length) {
        int end = length;
        int percent = text.lastIndexOf('%', end - 1);
        if (percent >= 0 && percent > end - 3) {
            end = percent;
        }
        return text.substring(0, end).replaceAll("-+$", "");
    }

    /** Every non-ASCII character as the percent-encoded bytes of its UTF-8 form (RFC 3986 section 2.1). */
    private static String percentEncode(String text) {
        if (Ascii.isAscii(text)) {
            return text;
        }
        StringBuilder encoded = new StringBuilder(text.length() * 3);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
            }
        }
        return encoded.toString();
    }

    private static String hash(String key) {
        return Sha256.hex(key).substring(0, HASH_CHARS);
    }
}
