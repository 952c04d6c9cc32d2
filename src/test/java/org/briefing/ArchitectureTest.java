package org.briefing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (model ← read/style ← script ← render.* ← app ← cli) and libraries stay in
 * their wrappers.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.briefing");
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.briefing.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefing.yaml..", "org.briefing.read..",
                        "org.briefing.style..", "org.briefing.script..", "org.briefing.render..", "org.briefing.app..",
                        "org.briefing.cli..")
                .check(classes);
    }

    @Test
    void theTextLayerKnowsOnlyTheModelAndTheTheme() {
        noClasses().that().resideInAPackage("org.briefing.script..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefing.read..", "org.briefing.yaml..",
                        "org.briefing.render..", "org.briefing.app..", "org.briefing.cli..", "org.apache..",
                        "java.awt..")
                .check(classes);
    }

    @Test
    void readersAndThemesDoNotKnowRenderersOrTheApp() {
        noClasses().that().resideInAnyPackage("org.briefing.read..", "org.briefing.style..", "org.briefing.yaml..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefing.script..", "org.briefing.render..",
                        "org.briefing.app..", "org.briefing.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.briefing.read..")
                .should().dependOnClassesThat().resideInAPackage("org.briefing.style..").check(classes);
    }

    /** The reader's stages run source → parse → build; only the front door ({@code read}) joins them. */
    @Test
    void theReaderStagesPointOneWayBehindOneFrontDoor() {
        String source = "org.briefing.read.source..";
        String parse = "org.briefing.read.parse..";
        String build = "org.briefing.read.build..";
        noClasses().that().resideInAPackage(source)
                .should().dependOnClassesThat().resideInAnyPackage("org.briefing.read", parse, build)
                .orShould().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..").check(classes);
        noClasses().that().resideInAPackage(parse)
                .should().dependOnClassesThat().resideInAnyPackage("org.briefing.read", source, build).check(classes);
        noClasses().that().resideInAPackage(build)
                .should().dependOnClassesThat().resideInAnyPackage("org.briefing.read", parse).check(classes);
        noClasses().that().resideOutsideOfPackage("org.briefing.read..")
                .should().dependOnClassesThat().resideInAnyPackage(source, parse, build).check(classes);
    }

    @Test
    void renderersDoNotKnowTheReaderTheAppOrEachOther() {
        noClasses().that().resideInAPackage("org.briefing.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefing.read..", "org.briefing.app..",
                        "org.briefing.cli..")
                .check(classes);
        slices().matching("org.briefing.render.(*)..").should().notDependOnEachOther().allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void printingKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("org.briefing.paper..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefing.read..", "org.briefing.style..",
                        "org.briefing.yaml..", "org.briefing.render..", "org.briefing.app..", "org.briefing.cli..")
                .check(classes);
    }

    @Test
    void theAppDoesNotKnowTheCli() {
        noClasses().that().resideInAPackage("org.briefing.app..")
                .should().dependOnClassesThat().resideInAPackage("org.briefing.cli..").allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void thirdPartyTypesStayInsideTheirWrappers() {
        noClasses().that().resideOutsideOfPackage("org.briefing.read..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..").check(classes);
        noClasses().that().resideOutsideOfPackage("org.briefing.yaml..")
                .should().dependOnClassesThat().resideInAPackage("org.snakeyaml..").check(classes);
        noClasses().that().resideOutsideOfPackage("org.briefing.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(classes);
        noClasses().that().resideOutsideOfPackage("org.briefing.render.epub..")
                .should().dependOnClassesThat().resideInAPackage("io.documentnode.epub4j..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.briefing.render.pdf..", "org.briefing.render.epub..",
                        "org.briefing.app..", "org.briefing.paper..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .check(classes);
    }
}
