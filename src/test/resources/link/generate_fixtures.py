#!/usr/bin/env python3
"""Writes the linking gold-standard fixtures: a dblp RDF excerpt (Turtle, in the dblp dump's own shape),
two reports in the IPPT format, the institute's ORCID registry and the gold CSV.

Ordinary people and papers are generated from a fixed seed; the hard cases are written out by hand below
(HARD_* and the functions that add them), each with a comment saying what it tests. Run from this folder:
    python3 generate_fixtures.py
"""
import random

rng = random.Random(20261128)


def orcid(n):
    digits = "%015d" % (n + 123456789)
    total = 0
    for ch in digits:
        total = (total + int(ch)) * 2
    result = (12 - total % 11) % 11
    d = digits + ("X" if result == 10 else str(result))
    return "-".join([d[0:4], d[4:8], d[8:12], d[12:16]])


def bad_checksum(iD):
    last = iD[-1]
    return iD[:-1] + ("0" if last != "0" else "1")


GIVEN = ["Marek", "Piotr", "Anna", "Katarzyna", "Tomasz", "Jakub", "Michał", "Ewa", "Zofia", "Adam", "Łukasz",
         "Barbara", "Dorota", "Grzegorz", "Henryk", "Irena", "Leszek", "Natalia", "Olga", "Rafał", "Sylwia",
         "Urszula", "Wojciech", "Bartosz", "Filip", "Hanna", "Igor", "Kamil", "Lidia", "Stefan"]
SURNAMES = ["Ciebiera", "Krutul", "Jaszczur", "Antoniak", "Ludziejewski", "Sankowski", "Adamczewski",
            "Krajewski", "Zaremba", "Wróblewski", "Bielecki", "Chmielewski", "Dudek", "Gajewski", "Głowacki",
            "Hałas", "Jabłoński", "Kaczmarek", "Kołodziej", "Kubiak", "Lis", "Majewski", "Makowski", "Nowicki",
            "Olszewski", "Pietrzak", "Przybylski", "Rutkowski", "Sadowski", "Sikora", "Sobczak", "Stępień",
            "Szulc", "Tomaszewski", "Urbański", "Walczak", "Wasilewski", "Wilk", "Zając", "Zawadzki",
            "Borkowski", "Cieślak", "Czarnecki", "Domański", "Fijałkowski", "Gołębiowski", "Jakubowski",
            "Kalinowski", "Kasprzak", "Kozak", "Kurek", "Laskowski", "Łuczak", "Marczak", "Markowski",
            "Michalak", "Mróz", "Nowacki", "Orłowski", "Pawlak", "Piątek", "Rogalski", "Skiba", "Sowa",
            "Szczepański", "Szymczak", "Tomczyk", "Włodarczyk", "Wrona", "Ziółkowski", "Żak", "Banaś",
            "Bednarek", "Biernacki", "Chojnacki", "Cichocki", "Dziedzic", "Florczak", "Grzelak", "Janik",
            "Jasiński", "Kaczor", "Kędzierski", "Konieczny", "Kopeć", "Korzeniowski", "Kostrzewa", "Kozieł",
            "Kruk", "Leśniak"]
WORDS = ["adaptive", "sparse", "mixture", "experts", "ultrasound", "tissue", "fracture", "composite", "neural",
         "operator", "wave", "propagation", "granular", "flow", "thermal", "stability", "inverse", "problem",
         "hydrogel", "sensor", "polymer", "nanofibres", "attention", "routing", "tokens", "curriculum",
         "distillation", "quantised", "elastic", "plasticity", "damage", "acoustic", "imaging", "retrieval",
         "graph", "diffusion", "kernel", "bayesian", "robust", "calibration", "federated", "streaming"]
VENUES = [("ICML", "International Conference on Machine Learning", "Wiedeń (AT)"),
          ("NeurIPS", "Conference on Neural Information Processing Systems", "Vancouver (CA)"),
          ("ICLR", "International Conference on Learning Representations", "Wiedeń (AT)"),
          ("IUS", "IEEE International Ultrasonics Symposium", "Kraków (PL)"),
          ("SOLMECH", "Solid Mechanics Conference", "Warszawa (PL)")]


class Person:
    def __init__(self, given, family, pid, orcid_id=None, listed=None, dblp_names=None, registry=None,
                 in_dblp=True):
        self.given, self.family, self.pid, self.orcid = given, family, pid, orcid_id
        initials = "".join(part[0] + "." for part in given.replace("-", " ").split())
        self.listed = listed or [family + " " + initials.split(".")[0] + "."]
        self.dblp_names = dblp_names or [given + " " + family]
        self.registry = registry        # None, "ok", "ok+pid", "ok+name", "bad"
        self.in_dblp = in_dblp
        self.orcid_in_dblp = False


people = []
used = set()
pid_counter = [100]


def new_pid():
    pid_counter[0] += 7
    return "%d/%d" % (pid_counter[0] % 300, 1000 + pid_counter[0])


# Ordinary people: one surname each, so no accidental homonyms among them.
for i, family in enumerate(SURNAMES):
    given = GIVEN[i % len(GIVEN)]
    p = Person(given, family, new_pid())
    if i % 3 == 0:
        p.orcid = orcid(i)
        p.orcid_in_dblp = i % 2 == 0          # dblp states some iDs, the registry others
        if not p.orcid_in_dblp:
            p.registry = "ok+name" if i % 4 == 1 else "ok"
    elif i % 7 == 1:
        p.orcid = orcid(i)
        p.registry = "ok+pid"
    people.append(p)

# HARD CASE name variants: the report spells one person two ways (Odrzygoźdź / Odrzygóźdź); dblp has one pid.
odrz = Person("Tomasz", "Odrzygóźdź", "229/0001", listed=["Odrzygoźdź T.", "Odrzygóźdź T."])
# HARD CASE homonyms: two dblp persons named Miłoś P.; Paweł is a co-author (with report authors) of a
# record that is a near-duplicate candidate of one of Piotr's papers, and must not take Piotr's links.
milos = Person("Piotr", "Miłoś", "167/2001", orcid_id=orcid(900))
milos.orcid_in_dblp = True
milos_homonym = Person("Paweł", "Miłoś", "167/2001-2")
# HARD CASE homonyms inside one paper: Jan Nowak and his co-author Jakub Nowak are both "Nowak J.";
# the report's one person key cannot be both, so neither pid may be published for it (review instead).
nowak_jan = Person("Jan", "Nowak", "12/3401")
nowak_jakub = Person("Jakub", "Nowak", "12/3401-2")
# HARD CASE transliteration: Polish reports spell Ukrainian names the Polish way.
shevchenko = Person("Oleksandr", "Szewczenko", "301/7701", dblp_names=["Oleksandr Shevchenko"],
                    listed=["Szewczenko O."])
yurchenko = Person("Yurii", "Jurczenko", "301/7702", dblp_names=["Yurii Yurchenko"], listed=["Jurczenko J."])
# HARD CASE diacritics dropped by dblp.
krol = Person("Kamil", "Król", "255/1101", dblp_names=["Kamil Krol"], orcid_id=orcid(901))
krol.registry = "ok"
zolkiewski = Person("Andrzej", "Żółkiewski", "255/1102", dblp_names=["Andrzej Zolkiewski"])
# HARD CASE initials against full names: two initials in the report, one given name plus initial in dblp,
# and one initial in the report against two given names in dblp.
nowicka = Person("Jadwiga Anna", "Nowicka", "77/5501", dblp_names=["Jadwiga A. Nowicka"], listed=["Nowicka J.A."])
kaminska = Person("Maria Anna", "Kamińska", "77/5502", dblp_names=["Maria Anna Kamińska"], listed=["Kamińska M."])
kaminska.orcid = orcid(902)
kaminska.registry = "ok+name"
# HARD CASE registry row with a bad checksum: the iD is reported with its line and not used.
pioro = Person("Maciej", "Pióro", "349/0101", orcid_id=orcid(903))
pioro.registry = "bad"
# HARD CASE a person absent from ORCID (no iD anywhere) who is in dblp.
cygan = Person("Marek", "Cygan", "76/819")
# HARD CASE one listed name, two people, two reports: "Wójcik A." is Adam in report A and Anna in report B;
# each has papers in dblp. They must become two persons with their own pids, whatever order links them.
wojcik_adam = Person("Adam", "Wójcik", "88/7001")
wojcik_anna = Person("Anna", "Wójcik", "88/7002", orcid_id=orcid(904))
wojcik_anna.orcid_in_dblp = True
special = [wojcik_adam, wojcik_anna, odrz, milos, nowak_jan, nowak_jakub, shevchenko, yurchenko, krol, zolkiewski, nowicka, kaminska,
           pioro, cygan]
# People who write only papers absent from dblp: not in dblp at all.
absent_people = [Person("Halina", "Wiśniewska", "0/0", in_dblp=False),
                 Person("Zenon", "Kwiatkowski", "0/0", in_dblp=False)]

ipp_people = people + [wojcik_adam, wojcik_anna, shevchenko, yurchenko, krol, zolkiewski, nowicka, kaminska, pioro, cygan, milos]


def title():
    while True:
        words = rng.sample(WORDS, rng.randint(4, 7))
        t = " ".join(words).capitalize()
        t = t.replace(" ", " for ", 1) if rng.random() < 0.3 else t
        if t not in used:
            used.add(t)
            return t


class Paper:
    def __init__(self, title, authors, year, venue, dblp_key, dblp_title=None, dblp_authors=None,
                 dblp_year=None, in_dblp=True, listed_names=None, dblp_venue=None, report=None, abstract=False):
        self.title, self.authors, self.year, self.venue = title, authors, year, venue
        self.key, self.in_dblp = dblp_key, in_dblp
        self.dblp_title = dblp_title or (title + ".")
        self.dblp_authors = dblp_authors or authors
        self.dblp_year = dblp_year or year
        self.listed_names = listed_names  # per position, overrides the person's usual listing
        self.dblp_venue = dblp_venue or venue[0]
        self.report = report      # "a" or "b" to place the paper in one report; None: by position
        self.abstract = abstract  # listed under the conference abstracts heading


papers = []
pool = [p for p in ipp_people if p not in (wojcik_adam, wojcik_anna)]
rng.shuffle(pool)
cursor = 0
for n in range(52):
    size = rng.randint(3, 5)
    authors = []
    while len(authors) < size:
        person = pool[cursor % len(pool)]
        cursor += 1
        if person not in authors:
            authors.append(person)
    year = rng.randint(2019, 2024)
    venue = VENUES[n % len(VENUES)]
    t = title()
    surname = authors[0].dblp_names[0].split()[-1]
    key = "conf/%s/%s%s%d" % (venue[0].lower(), surname.encode("ascii", "ignore").decode() or "X",
                              "".join(a.family[0] for a in authors[1:3]).encode("ascii", "ignore").decode(),
                              year % 100)
    dblp_title = t + "."
    if n % 5 == 0:
        dblp_title = t.lower() + "."               # case differs
    elif n % 5 == 1:
        dblp_title = t.replace(" ", "-", 1) + "."  # punctuation differs
    papers.append(Paper(t, authors, year, venue, key, dblp_title=dblp_title))

# The real example: ICML 2024 (the Odrzygoźdź spelling) and NeurIPS 2024 (the Odrzygóźdź spelling).
ludz = Person("Jan", "Ludziejewski", new_pid())
papers.append(Paper("Scaling Laws for Fine-Grained Mixture of Experts", [ludz, odrz, cygan, krol],
                    2024, VENUES[0], "conf/icml/LudziejewskiKA24",
                    dblp_title="Scaling Laws for Fine-Grained Mixture of Experts.",
                    listed_names=[None, "Odrzygoźdź T.", None, None]))
# HARD CASE preprint: the CoRR version (2023) had another title and author order; the report lists the
# NeurIPS version, and dblp has both. The link must go to the proceedings record, not the preprint.
mot_authors = [people[3], people[1], pioro, odrz, cygan]
papers.append(Paper("Mixture of Tokens: Continuous MoE through Cross-Example Aggregation", mot_authors, 2024,
                    VENUES[1], "conf/nips/AntoniakKPO24", listed_names=[None, None, None, "Odrzygóźdź T.", None]))
preprint = Paper("Mixture of Tokens: Efficient LLMs through Cross-Example Aggregation",
                 [pioro, people[3], people[1], cygan, odrz], 2023, ("CoRR", "", ""),
                 "journals/corr/abs-2310-15961", dblp_title="Mixture of Tokens: Efficient LLMs through "
                 "Cross-Example Aggregation.")
# HARD CASE homonyms: Piotr Miłoś's paper, and a near-duplicate record by Paweł Miłoś with the same
# co-authors a year later: the same words, another person.
milos_paper = Paper("Robust curriculum distillation for sparse mixture routing", [milos, people[5], people[8]],
                    2022, VENUES[2], "conf/iclr/MilosSB22")
papers.append(milos_paper)
papers.append(Paper("Adaptive tokens routing for quantised experts", [people[10], milos, shevchenko], 2023,
                    VENUES[0], "conf/icml/WilkMS23"))
distractor = Paper("Robust curriculum distillation for sparse mixture routing revisited",
                   [milos_homonym, people[5], people[8]], 2024, ("ICLR", "", ""), "conf/iclr/MilosSB24")
# HARD CASE one paper with both Nowak J.: Jan (position 1) and his co-author Jakub (position 3).
papers.append(Paper("Streaming kernel calibration for acoustic imaging", [nowak_jan, people[12], nowak_jakub,
                    yurchenko], 2021, VENUES[3], "conf/ius/NowakSN21"))
# More papers for the special people, so each appears in dblp-linked work.
papers.append(Paper("Elastic wave propagation in granular hydrogel sensors", [zolkiewski, nowicka, kaminska],
                    2020, VENUES[4], "conf/solmech/ZolkiewskiNK20"))
papers.append(Paper("Bayesian inverse problem for thermal damage imaging", [kaminska, shevchenko, yurchenko,
                    people[20]], 2022, VENUES[3], "conf/ius/KaminskaSY22"))
papers.append(Paper("Federated retrieval with graph diffusion kernels", [nowicka, people[30], krol], 2021,
                    VENUES[1], "conf/nips/NowickaOK21"))
# HARD CASE one name, two people: Adam Wójcik's papers are in report A, Anna Wójcik's in report B.
papers.append(Paper("Shear banding in granular hydrogel columns", [wojcik_adam, people[2], people[7]], 2021,
                    VENUES[4], "conf/solmech/WojcikKM21", report="a"))
papers.append(Paper("Inverse calibration of thermal sensor arrays", [people[11], wojcik_adam], 2023, VENUES[3],
                    "conf/ius/NowakW23", report="a"))
papers.append(Paper("Federated distillation for acoustic tissue imaging", [wojcik_anna, people[4], people[9]], 2022,
                    VENUES[1], "conf/nips/WojcikMP22", report="b"))
papers.append(Paper("Sparse routing kernels for ultrasound retrieval", [people[13], wojcik_anna, people[6]], 2024,
                    VENUES[0], "conf/icml/SikoraWZ24", report="b"))
# HARD CASE a look-alike paper by the same team: dblp also has next year's follow-up with nearly the same title
# and the same authors; the report lists only the first, which must be linked to its own record.
team = [people[21], people[22], people[23]]
lookalike_paper = Paper("Acoustic streaming in soft hydrogel phantoms", team, 2021, VENUES[3],
                        "conf/ius/TeamA21", report="a")
papers.append(lookalike_paper)
lookalike = Paper("Acoustic streaming in soft hydrogel phantoms revisited", team, 2022, ("IUS", "", ""),
                  "conf/ius/TeamA22")
# HARD CASE an abstract and a paper with the same title and year at the same conference: two publications;
# dblp has the paper only, and only the paper may get its link.
same_title_authors = [people[24], people[25]]
papers.append(Paper("Wave propagation in layered composite plates", same_title_authors, 2023, VENUES[4],
                    "conf/solmech/PlatesPaper23", report="b"))
abstract_twin = Paper("Wave propagation in layered composite plates", same_title_authors, 2023, VENUES[4], None,
                      in_dblp=False, report="b", abstract=True)
papers.append(abstract_twin)
# HARD CASE papers absent from dblp (one only with people dblp does not know).
papers.append(Paper("Ultrasound tissue phantoms made of nanofibres and hydrogel", absent_people + [people[15]],
                    2023, VENUES[3], None, in_dblp=False))
papers.append(Paper("Thermal stability of composite polymer sensors in clinical use", [people[16], people[17]],
                    2020, VENUES[4], None, in_dblp=False))
papers.append(Paper("Granular flow experiments in an acoustic chamber", [people[18], absent_people[0]], 2022,
                    VENUES[4], None, in_dblp=False))
# Pad to 66 report papers, 63 of them in dblp.
while len(papers) < 66:
    authors = rng.sample(ipp_people, 3)
    t = title()
    papers.append(Paper(t, authors, 2020 + len(papers) % 5, VENUES[len(papers) % 5],
                        "journals/corr/abs-%d" % (2000 + len(papers))))

# ---- dblp excerpt ----
PREFIXES = """@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix bibtex: <http://purl.org/net/nknouf/ns/bibtex#> .
@prefix datacite: <http://purl.org/spar/datacite/> .
@prefix litre: <http://purl.org/spar/literal/> .
@prefix dblp: <https://dblp.org/rdf/schema#> .

"""


def ttl_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def record_ttl(paper):
    key = paper.key
    iri = "<https://dblp.org/rec/%s>" % key
    authors = paper.dblp_authors
    names = [a.dblp_names[0] for a in authors]
    lines = [iri, "\trdfs:label %s ;" % ttl_string(", ".join(names) + ": " + paper.dblp_title + " (%d)" % paper.dblp_year),
             "\tdatacite:hasIdentifier [", "\t\tdatacite:usesIdentifierScheme datacite:dblp-record ;",
             "\t\tlitre:hasLiteralValue %s ;" % ttl_string(key), "\t\ta datacite:ResourceIdentifier", "\t] ;",
             "\tdblp:title %s ;" % ttl_string(paper.dblp_title),
             "\tdblp:bibtexType bibtex:%s ;" % ("Article" if key.startswith("journals") else "Inproceedings")]
    for a in authors:
        lines.append("\tdblp:authoredBy <https://dblp.org/pid/%s> ;" % a.pid)
    lines.append("\tdblp:numberOfCreators %d ;" % len(authors))
    for i, a in enumerate(authors, 1):
        sig = ["\tdblp:hasSignature [", "\t\tdblp:signatureDblpName %s ;" % ttl_string(a.dblp_names[0]),
               "\t\tdblp:signatureCreator <https://dblp.org/pid/%s> ;" % a.pid]
        if a.orcid and a.orcid_in_dblp:
            sig.append("\t\tdblp:signatureOrcid <https://orcid.org/%s> ;" % a.orcid)
        sig += ["\t\tdblp:signatureOrdinal %d ;" % i, "\t\tdblp:signaturePublication %s ;" % iri,
                "\t\ta dblp:AuthorSignature", "\t] ;"]
        lines += sig
    lines += ["\tdblp:publishedIn %s ;" % ttl_string(paper.dblp_venue),
              '\tdblp:yearOfPublication "%d" ;' % paper.dblp_year,
              "\ta dblp:Publication, dblp:%s ." % ("Article" if key.startswith("journals") else "Inproceedings"),
              ""]
    return "\n".join(lines)


def person_ttl(p):
    iri = "<https://dblp.org/pid/%s>" % p.pid
    lines = [iri, "\tdblp:primaryCreatorName %s ;" % ttl_string(p.dblp_names[0])]
    if p.orcid and p.orcid_in_dblp:
        lines.append("\tdblp:orcid <https://orcid.org/%s> ;" % p.orcid)
    lines += ["\ta dblp:Person, dblp:Creator .", ""]
    return "\n".join(lines)


everyone = ipp_people + [odrz, ludz, nowak_jan, nowak_jakub, milos_homonym]
with open("dblp-excerpt.ttl", "w", encoding="utf-8") as out:
    out.write(PREFIXES)
    for paper in papers + [preprint, distractor, lookalike]:
        if paper.in_dblp:
            out.write(record_ttl(paper) + "\n")
    for p in everyone:
        out.write(person_ttl(p) + "\n")

# ---- reports (IPPT format) ----
def listed(paper, i, person):
    if paper.listed_names and paper.listed_names[i]:
        return paper.listed_names[i]
    return person.listed[0]


def entry(n, paper):
    names = [listed(paper, i, a) for i, a in enumerate(paper.authors)]
    acronym, full, place = paper.venue
    text = "%d.%s, %s, %s, %s, %d-06-10/06-14, %s, pp.1-10, %d\n\nAfiliacje autorów:\n\n" % (
        n, ", ".join(names), paper.title, acronym, full, paper.year, place, paper.year)
    ipp = {id(x) for x in ipp_people}
    for i, a in enumerate(paper.authors):
        text += "%s-%s\n" % (names[i], "IPPT PAN" if id(a) in ipp else "other affiliation")
    return text


half = len(papers) // 2
placed = {"a": [p for p in papers if p.report == "a"], "b": [p for p in papers if p.report == "b"]}
unplaced = [p for p in papers if p.report is None]
half = len(unplaced) // 2
parts = {"report-a.txt": unplaced[:half] + [unplaced[half]] + placed["a"],
         "report-b.txt": unplaced[half:] + placed["b"]}
entry_of = {}   # id(paper) -> "file:line" of its first listing
for name, part in parts.items():
    lines = 0
    with open(name, "w", encoding="utf-8") as out:
        for heading, group in (("Prace konferencyjne", [p for p in part if not p.abstract]),
                               ("Abstrakty konferencyjne", [p for p in part if p.abstract])):
            if not group:
                continue
            out.write(heading + "\n")
            lines += 1
            for n, paper in enumerate(group, 1):
                entry_of.setdefault(id(paper), "%s:%d" % (name, lines + 1))
                text = entry(n, paper) + "\n"
                out.write(text)
                lines += text.count("\n")

# ---- registry ----
with open("orcid-registry.csv", "w", encoding="utf-8") as out:
    out.write("name,orcid,dblp_pid,full_name\n")
    for p in everyone:
        if not p.registry:
            continue
        iD = bad_checksum(p.orcid) if p.registry == "bad" else p.orcid
        pid = p.pid if p.registry == "ok+pid" else ""
        full = p.given + " " + p.family if p.registry == "ok+name" else ""
        out.write("%s,%s,%s,%s\n" % (p.listed[0], iD, pid, full))

# ---- gold ----
# Publications: each entry in dblp to its record. Authorships: each listed author of each entry to the dblp
# person and ORCID iD of the person behind it, whether or not that entry is in dblp; people dblp does not know
# have no row. The rows name entries by file:line, as a curator reads them in the report.
gold = []
for paper in papers:
    entry_id = entry_of[id(paper)]
    if paper.in_dblp:
        gold.append(("publication", entry_id, "", "https://dblp.org/rec/" + paper.key))
    for i, a in enumerate(paper.authors, 1):
        if not a.in_dblp:
            continue
        gold.append(("authorship", entry_id, str(i), "https://dblp.org/pid/" + a.pid))
        known = a.orcid and (a.orcid_in_dblp or a.registry in ("ok", "ok+pid", "ok+name"))
        if known:
            gold.append(("authorship", entry_id, str(i), "https://orcid.org/" + a.orcid))
with open("gold.csv", "w", encoding="utf-8") as out:
    out.write("kind,entry,position,target\n")
    for kind, entry_id, position, target in gold:
        out.write("%s,%s,%s,%s\n" % (kind, entry_id, position, target))
print("papers", len(papers), "in dblp", sum(1 for p in papers if p.in_dblp),
      "gold publication", sum(1 for g in gold if g[0] == "publication"),
      "gold authorship", sum(1 for g in gold if g[0] == "authorship"))
