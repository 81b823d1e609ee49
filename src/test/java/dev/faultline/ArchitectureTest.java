package dev.faultline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, checked on every build. {@link #theDocumentedLayers()} is the package table
 * of that page as one rule; the other rules say what a layer rule cannot (libraries, the console, cycles).
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.faultline");

    /** Every package of ours, by layer; a package outside this list fails {@link #everyPackageHasALayer()}. */
    private static final String[] ALL_LAYER_PACKAGES = {"dev.faultline", "dev.faultline.cli..",
            "dev.faultline.app..", "dev.faultline.bench..", "dev.faultline.service..", "dev.faultline.export..",
            "dev.faultline.io..", "dev.faultline.render..", "dev.faultline.generator..", "dev.faultline.layout..",
            "dev.faultline.analysis..", "dev.faultline.simulation..", "dev.faultline.progress..",
            "dev.faultline.model.."};

    @Test
    void theDocumentedLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("dev.faultline")
                .layer("Cli").definedBy("dev.faultline.cli..")
                .layer("App").definedBy("dev.faultline.app..")
                .layer("Bench").definedBy("dev.faultline.bench..")
                .layer("Service").definedBy("dev.faultline.service..")
                .layer("Export").definedBy("dev.faultline.export..")
                .layer("Io").definedBy("dev.faultline.io..")
                .layer("Render").definedBy("dev.faultline.render..")
                .layer("Generator").definedBy("dev.faultline.generator..")
                .layer("Layout").definedBy("dev.faultline.layout..")
                .layer("Analysis").definedBy("dev.faultline.analysis..")
                .layer("Simulation").definedBy("dev.faultline.simulation..")
                .layer("Progress").definedBy("dev.faultline.progress..")
                .layer("Model").definedBy("dev.faultline.model..")

                .whereLayer("Launcher").mayOnlyAccessLayers("Cli")
                .whereLayer("Cli").mayOnlyAccessLayers("Service", "Bench", "Generator", "Export", "Io", "Render",
                        "Layout", "Analysis", "Simulation", "Progress", "Model")
                .whereLayer("App").mayOnlyAccessLayers("Service", "Export", "Io", "Render", "Layout", "Analysis",
                        "Simulation", "Progress", "Model")
                .whereLayer("Bench").mayOnlyAccessLayers("Generator", "Export", "Io", "Render", "Layout",
                        "Analysis", "Simulation", "Progress", "Model")
                .whereLayer("Service").mayOnlyAccessLayers("Export", "Io", "Render", "Layout", "Analysis",
                        "Simulation", "Progress", "Model")
                .whereLayer("Export").mayOnlyAccessLayers("Render", "Layout", "Analysis", "Simulation", "Model")
                .whereLayer("Io").mayOnlyAccessLayers("Layout", "Analysis", "Model")
                .whereLayer("Render").mayOnlyAccessLayers("Layout", "Analysis", "Simulation", "Model")
                .whereLayer("Generator").mayOnlyAccessLayers("Model")
                .whereLayer("Layout").mayOnlyAccessLayers("Progress", "Model")
                .whereLayer("Analysis").mayOnlyAccessLayers("Simulation", "Progress", "Model")
                .whereLayer("Simulation").mayOnlyAccessLayers("Progress", "Model")
                .whereLayer("Progress").mayNotAccessAnyLayer()
                .whereLayer("Model").mayNotAccessAnyLayer()

                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .because("docs/architecture.md: the model is the domain and knows nothing of ours; computation"
                        + " (simulation, analysis, layout) is a pure function of the model; render makes a toolkit"
                        + "-neutral scene from their results and never reads files; export writes that scene or a"
                        + " report and never reads topologies; io persists layout pins and finding reviews, so it"
                        + " may name those values; service is the use cases; the front ends are thin shells that"
                        + " nothing depends on (the Launcher reaches the app only by reflection, so the CLI never"
                        + " loads JavaFX). The front ends may still name io and export types: their results"
                        + " (LoadResult, Problem, ImportReport), OutputTarget for user-named outputs, the sidecars"
                        + " of the app's workspace and the text/JSON writers the CLI chooses per --format; bench"
                        + " drives the real stages, so it reaches every layer below the front ends")
                .check(CLASSES);
    }

    @Test
    void everyPackageHasALayer() {
        classes().should().resideInAnyPackage(ALL_LAYER_PACKAGES)
                .because("a new package must be placed in the layer table of docs/architecture.md and in"
                        + " theDocumentedLayers(), otherwise no layer rule would ever check it")
                .check(CLASSES);
    }

    @Test
    void noJavaFxOutsideTheApp() {
        noClasses().that().resideOutsideOfPackage("dev.faultline.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the command line must run on a machine without a display, and everything below the app"
                        + " is shared with it; render's DiagramScene is toolkit-neutral for that reason")
                .check(CLASSES);
    }

    @Test
    void onlyIoTouchesJackson() {
        noClasses().that().resideOutsideOfPackage("dev.faultline.io..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.yaml.snakeyaml..")
                .because("io is the one place that parses and writes YAML/JSON files, with positions and the"
                        + " hostile-input limits; export's JSON writers build text without a JSON library")
                .check(CLASSES);
    }

    @Test
    void eachLibraryStaysInItsAdapter() {
        noClasses().that().resideOutsideOfPackage("dev.faultline.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .because("picocli parses the command line and nothing below it may need a parser")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("dev.faultline.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.elk..", "org.eclipse.emf..")
                .because("ELK is one layout engine behind layout's own LayoutResult; nothing else may see its graph")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("dev.faultline.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..")
                .because("reading a file at a git revision is input, and io.GitRevisions is its one reader")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("dev.faultline.export.diagram..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "org.apache.pdfbox..",
                        "de.rototor..")
                .because("SVG, PDF and PNG are painted by one Java2D ScenePainter in export.diagram")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("dev.faultline.cli..")
                .and().doNotHaveFullyQualifiedName("dev.faultline.Launcher")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("the CLI's output is a contract (docs/cli.md: formats, exit codes, escaped control"
                        + " characters); everything else reports through return values and ProgressListener")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.faultline.(*)..").should().beFreeOfCycles()
                .because("a cycle between top-level packages would make the layer table a lie: neither package"
                        + " could be understood, tested or replaced without the other")
                .check(CLASSES);
    }
}
