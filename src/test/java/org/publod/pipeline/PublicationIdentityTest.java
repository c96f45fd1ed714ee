package org.publod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.FABIO;
import org.publod.vocab.FRBR;

/**
 * A publication is its key, not its title: an abstract and the paper of one title and year are two publications,
 * each published whole, while one paper listed in two co-authors' reports, or one DOI under two spellings of its
 * title, stays one resource.
 */
class PublicationIdentityTest {
    @TempDir
    Path temp;

    @Test
    void anAbstractAndAPaperOfOneTitleAndYearAreTwoPublicationsBothPublished() {
        TestReports.MappedReport mapped = TestReports.map(TestReports.write(temp, "zielinska-2023.txt",
                TestReports.ABSTRACT_AND_PAPER));
        Model model = ModelFactory.createModelForGraph(mapped.graph());

        assertEquals(List.of(), mapped.run().rejections(), "both conform to the shapes");
        assertEquals(2, mapped.run().published());
        List<Resource> titled = model.listSubjectsWithProperty(DCTERMS.title,
                "Fatigue Cracks in Additively Manufactured Titanium").toList();
        assertEquals(2, titled.size(), titled.toString());
        Resource paper = titled.stream().filter(node -> node.hasProperty(RDF.type,
                FABIO.ProceedingsPaper)).findFirst().orElseThrow();
        Resource summary = titled.stream().filter(node -> !node.equals(paper)).findFirst().orElseThrow();
        assertNotEquals(paper.getURI(), summary.getURI());
        assertTrue(summary.hasProperty(RDF.type, FABIO.Abstract), summary.getURI());
        assertEquals(1, paper.listProperties(FRBR.embodiment).toList().size(), "one page range each");
        assertEquals(1, summary.listProperties(FRBR.embodiment).toList().size(), "one page range each");
        Set<String> replacements = model.listObjectsOfProperty(model.createResource(TestReports.BASE
                + "publication/2023/fatigue-cracks-in-additively-manufactured-titanium"), DCTERMS.isReplacedBy)
                .mapWith(node -> node.asResource().getURI()).toSet();
        assertEquals(Set.of(paper.getURI(), summary.getURI()), replacements, "the IRI they once shared");
    }

    @Test
    void onePaperInTwoCoAuthorsReportsIsOneResource() {
        String inFirst = publications(TestReports.write(temp, "zielinska-2024.txt", """
                Publikacje w czasopismach
                1.Zielińska K., Lindqvist E., Residual Stress in Laser-Welded Lap Joints, Archives of Mechanics, \
                ISSN: 0373-2029, Vol.76, No.2, pp.101-124, 2024 70p.
                """)).iterator().next();
        String inSecond = publications(TestReports.write(temp, "lindqvist-2024.txt", """
                Publikacje w czasopismach
                1.Zielinska K., Lindqvist E., Residual stress in laser welded lap joints., ARCHIVES OF MECHANICS, \
                ISSN: 0373-2029, Vol.76, No.2, pp.101-124, 2024 70p.
                """)).iterator().next();

        assertEquals(inFirst, inSecond);
    }

    @Test
    void aPublicationWithADoiKeepsItsIriUnderAnotherWritingOfItsTitle() {
        String inFirst = publications(TestReports.write(temp, "nowak-2024.txt", """
                Publikacje w czasopismach
                1.Nowak J.A., Kowalczyk P., Damage Evolution in Fibre-Reinforced Concrete, Archives of Mechanics, \
                ISSN: 0373-2029, DOI: 10.24423/aom.4388, Vol.76, No.4, pp.301-330, 2024 70p.
                """)).iterator().next();
        String inSecond = publications(TestReports.write(temp, "kowalczyk-2024.txt", """
                Publikacje w czasopismach
                1.Nowak J.A., Kowalczyk P., Damage evolution in fiber‐reinforced concrete, Archives of Mechanics, \
                DOI: https://doi.org/10.24423/AOM.4388, Vol.76, No.4, pp.301-330, 2024 70p.
                """)).iterator().next();

        assertEquals(inFirst, inSecond);
        assertTrue(inFirst.startsWith(TestReports.BASE + "publication/doi/10.24423-aom.4388-"), inFirst);
    }

    /** The publications a report publishes, by IRI; fails unless every entry is published. */
    private static Set<String> publications(Path report) {
        TestReports.MappedReport mapped = TestReports.map(report);
        assertEquals(List.of(), mapped.run().rejections(), report.toString());
        Model model = ModelFactory.createModelForGraph(mapped.graph());
        Set<String> found = model.listSubjectsWithProperty(FABIO.hasPublicationYear).mapWith(Resource::getURI)
                .toList().stream().collect(Collectors.toSet());
        assertEquals(1, found.size(), found.toString());
        return found;
    }
}
