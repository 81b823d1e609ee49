package dev.faultline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, checked on every build. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.faultline");

    @Test
    void noJavaFxOutsideTheApp() {
        noClasses().that().resideOutsideOfPackage("dev.faultline.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheFrontEnds() {
        noClasses().that().resideOutsideOfPackages("dev.faultline.app..", "dev.faultline.cli..")
                .and().doNotHaveFullyQualifiedName("dev.faultline.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("dev.faultline.app..", "dev.faultline.cli..")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.faultline.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.faultline.progress..",
                        "dev.faultline.simulation..", "dev.faultline.analysis..", "dev.faultline.layout..",
                        "dev.faultline.render..", "dev.faultline.io..", "dev.faultline.export..",
                        "dev.faultline.service..")
                .check(CLASSES);
    }

    @Test
    void computationDoesNotReachUp() {
        noClasses().that().resideInAnyPackage("dev.faultline.simulation..", "dev.faultline.analysis..",
                        "dev.faultline.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.faultline.io..", "dev.faultline.export..",
                        "dev.faultline.render..", "dev.faultline.service..")
                .check(CLASSES);
    }

    @Test
    void onlyIoTouchesJackson() {
        noClasses().that().resideOutsideOfPackage("dev.faultline.io..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.yaml.snakeyaml..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("dev.faultline.cli..")
                .and().doNotHaveFullyQualifiedName("dev.faultline.Launcher")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.faultline.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
