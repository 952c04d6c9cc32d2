package org.briefing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.briefing.model.Block;
import org.briefing.model.Inline;
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

    /** Table widths are plain arithmetic that every renderer shares: no model, no theme, no fonts. */
    @Test
    void columnWidthsDependOnNothingOfOursNorOnAnyLibrary() {
        classes().that().resideInAPackage("org.briefing.measure..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.briefing.measure..", "java.lang..",
                        "java.util..")
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
    void pdfLayoutStagesPointOneWay() {
        String layout = "org.briefing.render.pdf.layout";
        String[] outsideLayout = {"org.briefing.render.pdf", "org.briefing.render.pdf.font..",
                "org.briefing.render.pdf.paint..", "org.briefing.render.pdf.report.."};
        noClasses().that().resideInAPackage(layout + ".frame..")
                .should().dependOnClassesThat().resideInAnyPackage(layout + ".inline..", layout + ".flow..")
                .orShould().dependOnClassesThat().resideInAnyPackage(outsideLayout).check(classes);
        noClasses().that().resideInAPackage(layout + ".inline..")
                .should().dependOnClassesThat().resideInAPackage(layout + ".flow..")
                .orShould().dependOnClassesThat().resideInAnyPackage(outsideLayout).check(classes);
        noClasses().that().resideInAPackage(layout + ".flow..")
                .should().dependOnClassesThat().resideInAnyPackage(outsideLayout).check(classes);
        slices().matching("org.briefing.render.pdf.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void paintingAndReportsReadLaidOutFrames() {
        String inline = "org.briefing.render.pdf.layout.inline..";
        noClasses().that().resideInAPackage("org.briefing.render.pdf.paint..")
                .should().dependOnClassesThat().resideInAPackage("org.briefing.render.pdf.layout.flow..")
                .orShould().dependOnClassesThat().resideInAPackage(inline)
                .check(classes);
        // Reports read the pages and the log of how each line was set.
        noClasses().that().resideInAPackage("org.briefing.render.pdf.report..")
                .should().dependOnClassesThat().resideInAPackage("org.briefing.render.pdf.layout.flow..")
                .orShould().dependOnClassesThat(resideInAPackage(inline).and(not(simpleName("LineLog")))
                        .and(not(simpleName("LineRecord"))))
                .check(classes);
    }

    @Test
    void onlyPaintingDrawsWithPdfBox() {
        noClasses().that().resideInAPackage("org.briefing.render.pdf.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .check(classes);
        noClasses().that().resideInAPackage("org.briefing.render..")
                .and().resideOutsideOfPackage("org.briefing.render.pdf.paint..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox.contentstream..",
                        "org.apache.pdfbox.pdmodel.graphics..", "org.apache.pdfbox.pdmodel.interactive..")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("PDPage")
                .check(classes);
    }

    @Test
    void renderersDispatchOnModelNodesThroughTheirVisitors() {
        // A visitor makes the compiler name every renderer that misses a new node type; instanceof does not.
        // Telling a node from a walker's own stack entries (instanceof Block or Inline) names no node type.
        classes().that().resideInAnyPackage("org.briefing.render..", "org.briefing.model..")
                .should(new ArchCondition<JavaClass>("not test model blocks or inlines with instanceof") {
                    @Override
                    public void check(JavaClass owner, ConditionEvents events) {
                        for (JavaCodeUnit unit : owner.getCodeUnits()) {
                            for (InstanceofCheck test : unit.getInstanceofChecks()) {
                                JavaClass type = test.getRawType();
                                boolean nodeType = type.isAssignableTo(Block.class) || type.isAssignableTo(Inline.class);
                                if (nodeType && !type.isEquivalentTo(Block.class) && !type.isEquivalentTo(Inline.class)) {
                                    events.add(SimpleConditionEvent.violated(test, unit.getFullName() + " tests instanceof "
                                            + type.getSimpleName() + " " + test.getSourceCodeLocation()));
                                }
                            }
                        }
                    }
                }).check(classes);
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
