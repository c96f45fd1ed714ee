package org.publod.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.publod.vocab.Resolvers;

/**
 * The dependency rules of STYLE.md's layout, checked on the compiled classes: {@code cli} -> {@code pipeline} ->
 * stages -> {@code model}/{@code vocab}. A stage sees only the model, the vocabularies and the root package's shared
 * failure type; stages exchange records through the pipeline, never by importing each other.
 */
class ArchitectureTest {
    private static final String ROOT = "org.publod";
    private static final List<String> STAGES = List.of("parse", "map", "link", "validate", "store", "serve",
            "generate");
    /** What every stage may use of publod: the domain records, the vocabularies and the root package. */
    private static final String[] STAGE_MAY_USE = {ROOT, ROOT + ".model..", ROOT + ".vocab.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @TestFactory
    Stream<DynamicTest> eachStageUsesOnlyTheModelAndTheVocabularies() {
        return STAGES.stream().map(stage -> DynamicTest.dynamicTest(stage, () -> stageRule(stage).check(classes)));
    }

    @Test
    void theModelKnowsNoRdfLibraryAndNoStage() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", ROOT + ".parse..",
                        ROOT + ".map..", ROOT + ".link..", ROOT + ".validate..", ROOT + ".store..",
                        ROOT + ".serve..", ROOT + ".generate..", ROOT + ".pipeline..", ROOT + ".cli..")
                .because("the domain records are plain Java that every stage can share")
                .check(classes);
    }

    /** The one allowed edge from the model into {@code vocab}: the Jena-free resolver prefixes of identifiers. */
    @Test
    void theModelUsesOnlyTheJenaFreeResolversOfTheVocabularies() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + ".vocab..")
                        .and(not(type(Resolvers.class))))
                .check(classes);
        noClasses().that(type(Resolvers.class))
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                .check(classes);
    }

    @Test
    void theVocabulariesDependOnNoStage() {
        noClasses().that().resideInAPackage(ROOT + ".vocab..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".model..", ROOT + ".parse..",
                        ROOT + ".map..", ROOT + ".link..", ROOT + ".validate..", ROOT + ".store..",
                        ROOT + ".serve..", ROOT + ".generate..", ROOT + ".pipeline..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .because("the commands are the outermost layer: they call the pipeline, never the other way")
                .check(classes);
    }

    @Test
    void thePipelineIsUsedOnlyByTheCommandLine() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".pipeline..", ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".pipeline..")
                .check(classes);
    }

    @Test
    void externalIdentifierPrefixesAreWrittenOnlyInTheVocabularies() throws IOException {
        Pattern prefix = Pattern.compile("\"[^\"\\n]*https?://(doi|orcid|dblp|ror)\\.org");
        Path sources = Path.of("src/main/java");
        Path vocab = sources.resolve("org/publod/vocab");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(vocab))
                    .filter(file -> prefix.matcher(read(file)).find())
                    .map(Path::toString).toList();
            assertEquals(List.of(), offenders, "files that write a resolver prefix instead of using vocab.Resolvers");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArchRule stageRule(String stage) {
        String own = ROOT + "." + stage + "..";
        return noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(not(resideInAnyPackage(own)))
                        .and(not(resideInAnyPackage(STAGE_MAY_USE))))
                .because("a stage takes and gives model records; the pipeline wires the stages together");
    }
}
