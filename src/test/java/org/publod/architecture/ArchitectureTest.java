package org.publod.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", ROOT + ".vocab..",
                        ROOT + ".parse..", ROOT + ".map..", ROOT + ".link..", ROOT + ".validate..",
                        ROOT + ".store..", ROOT + ".serve..", ROOT + ".generate..", ROOT + ".pipeline..",
                        ROOT + ".cli..")
                .because("the domain records are plain Java that every stage can share")
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

    private static ArchRule stageRule(String stage) {
        String own = ROOT + "." + stage + "..";
        return noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(not(resideInAnyPackage(own)))
                        .and(not(resideInAnyPackage(STAGE_MAY_USE))))
                .because("a stage takes and gives model records; the pipeline wires the stages together");
    }
}
