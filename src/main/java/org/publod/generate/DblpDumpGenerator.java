package org.publod.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.SplittableRandom;
import org.publod.vocab.DBLP;
import org.publod.vocab.Resolvers;

/**
 * Writes a synthetic dblp RDF dump in N-Triples, as dblp's own dump states a record: the record's type, title,
 * year, venue, DOI and author signatures (blank nodes with ordinal, dblp name, creator pid and sometimes an
 * ORCID iD), then the persons with their names and iDs. Reproducible from a seed; one record at a time, so any
 * size needs no memory. Used to benchmark the dblp index.
 */
public final class DblpDumpGenerator {
    private static final String REC = Resolvers.DBLP_RECORD;
    private static final String PID = Resolvers.DBLP_PERSON;
    private static final String S = DBLP.NS;
    private static final String TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    private static final String[] GIVEN = {"Anna", "Marek", "Piotr", "Tomasz", "Maria", "Jan", "Oleg", "Li",
        "Sofia", "Ahmed", "Kenji", "Elena", "Paweł", "Zofia", "Ivan", "Chen"};
    private static final String[] FAMILY = {"Nowak", "Cygan", "Smith", "Wang", "Müller", "García", "Odrzygóźdź",
        "Kowalski", "Basov", "Tanaka", "Rossi", "Dubois", "Ivanova", "Kim", "Silva", "Jäger"};
    private static final String[] WORDS = {"learning", "graph", "neural", "scaling", "mixture", "experts",
        "optimal", "control", "language", "models", "sparse", "attention", "robust", "inference", "quantum",
        "distributed", "streaming", "index", "matching", "linked", "data", "semantic", "fracture", "ultrasound",
        "tissue", "wave", "composite", "efficient", "adaptive", "bayesian", "causal", "federated", "privacy",
        "verification", "compilers", "databases", "retrieval", "vision", "transformer", "reinforcement"};
    private static final String[] VENUES = {"ICML", "NeurIPS", "ICLR", "CoRR", "VLDB", "SIGMOD", "ACL", "CVPR"};

    private final SplittableRandom random;
    private final int persons;

    public DblpDumpGenerator(long seed, long records) {
        this.random = new SplittableRandom(seed);
        this.persons = (int) Math.max(10, records / 3);
    }

    /** Writes {@code records} records, then the persons they cite. */
    public void write(Writer out, long records) throws IOException {
        for (long i = 0; i < records; i++) {
            writeRecord(out, i);
        }
        for (int p = 0; p < persons; p++) {
            String pid = "<" + PID + pid(p) + ">";
            out.write(pid + " " + TYPE + " <" + S + "Person> .\n");
            out.write(pid + " <" + S + "primaryCreatorName> \"" + name(p) + "\" .\n");
            if (p % 3 == 0) {
                out.write(pid + " <" + S + "orcid> <" + Resolvers.ORCID + orcid(p) + "> .\n");
            }
        }
    }

    private void writeRecord(Writer out, long i) throws IOException {
        String key = "conf/" + VENUES[(int) (i % VENUES.length)].toLowerCase(Locale.ROOT) + "/R" + i;
        String rec = "<" + REC + key + ">";
        StringBuilder title = new StringBuilder();
        int words = 4 + random.nextInt(7);
        for (int w = 0; w < words; w++) {
            title.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        title.append(' ').append(Long.toString(i, 36)).append('.');
        out.write(rec + " " + TYPE + " <" + S + "Publication> .\n");
        out.write(rec + " <" + S + "title> \"" + title + "\" .\n");
        out.write(rec + " <" + S + "yearOfPublication> \"" + (1990 + random.nextInt(35))
                + "\"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n");
        out.write(rec + " <" + S + "publishedIn> \"" + VENUES[(int) (i % VENUES.length)] + "\" .\n");
        out.write(rec + " <" + S + "doi> <" + Resolvers.DOI + "10.5555/gen." + i + "> .\n");
        int authors = 1 + random.nextInt(6);
        for (int a = 1; a <= authors; a++) {
            int person = random.nextInt(persons);
            String signature = "_:s" + i + "x" + a;
            out.write(rec + " <" + S + "hasSignature> " + signature + " .\n");
            out.write(signature + " <" + S + "signatureOrdinal> \"" + a
                    + "\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
            out.write(signature + " <" + S + "signatureDblpName> \"" + name(person) + "\" .\n");
            out.write(signature + " <" + S + "signatureCreator> <" + PID + pid(person) + "> .\n");
            out.write(signature + " <" + S + "signaturePublication> " + rec + " .\n");
        }
    }

    private static String pid(int person) {
        return (person % 300) + "/" + person;
    }

    private static String name(int person) {
        return GIVEN[person % GIVEN.length] + " " + FAMILY[(person / GIVEN.length) % FAMILY.length]
                + (person >= GIVEN.length * FAMILY.length ? " " + String.format("%04d", person) : "");
    }

    /** A valid ORCID iD: fifteen digits from the person number and the ISO 7064 MOD 11-2 check character. */
    static String orcid(int person) {
        String digits = String.format("%015d", person);
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + digits.charAt(i) - '0') * 2;
        }
        int result = (12 - total % 11) % 11;
        String id = digits + (result == 10 ? "X" : Integer.toString(result));
        return id.substring(0, 4) + "-" + id.substring(4, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12);
    }
}
