package dev.faultline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import dev.faultline.io.AtomicFiles;
import dev.faultline.io.EditException;
import dev.faultline.io.EditOutcome;
import dev.faultline.io.GitRevisions;
import dev.faultline.io.LayoutSidecar;
import dev.faultline.io.LoadResult;
import dev.faultline.io.OutputRefusedException;
import dev.faultline.io.OutputTarget;
import dev.faultline.io.ReviewSidecar;
import dev.faultline.io.TopologyLoader;
import dev.faultline.io.importer.ImportException;
import dev.faultline.io.importer.ImportReport;
import dev.faultline.io.importer.ImportResult;
import dev.faultline.io.v1.TopologyNotes;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.io.yaml.Problem;

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
            "dev.faultline.concurrent..", "dev.faultline.model.."};

    /** What app and cli may name in io (docs/architecture.md, "What the rule allows"); nested types included. */
    private static final Class<?>[] FRONT_END_IO_TYPES = {LoadResult.class, Problem.class, TopologyLoader.class,
            OutputTarget.class, OutputRefusedException.class, AtomicFiles.class, LayoutSidecar.class,
            ReviewSidecar.class, GitRevisions.class, EditException.class, EditOutcome.class, ImportResult.class,
            ImportReport.class, ImportException.class, TopologyWriter.class};

    @Test
    void theDocumentedLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("dev.faultline")
                .layer("Cli").definedBy("dev.faultline.cli..")
                .layer("App").definedBy("dev.faultline.app..")
                .layer("Bench").definedBy("dev.faultline.bench..")
                .layer("Service").definedBy("dev.faultline.service..")
                .layer("Export").definedBy("dev.faultline.export..")
                .layer("Io").definedBy("dev.faultline.io")
                .layer("IoImporter").definedBy("dev.faultline.io.importer..")
                .layer("IoV1").definedBy("dev.faultline.io.v1..")
                .layer("IoYaml").definedBy("dev.faultline.io.yaml..")
                .layer("Render").definedBy("dev.faultline.render..")
                .layer("Generator").definedBy("dev.faultline.generator..")
                .layer("Layout").definedBy("dev.faultline.layout..")
                .layer("Analysis").definedBy("dev.faultline.analysis..")
                .layer("Simulation").definedBy("dev.faultline.simulation..")
                .layer("Progress").definedBy("dev.faultline.progress..")
                .layer("Concurrent").definedBy("dev.faultline.concurrent..")
                .layer("Model").definedBy("dev.faultline.model..")

                .whereLayer("Launcher").mayOnlyAccessLayers("Cli")
                .whereLayer("Cli").mayOnlyAccessLayers("Service", "Bench", "Generator", "Export", "Io", "IoImporter",
                        "IoV1", "IoYaml", "Render",
                        "Layout", "Analysis", "Simulation", "Progress", "Concurrent", "Model")
                .whereLayer("App").mayOnlyAccessLayers("Service", "Export", "Io", "IoImporter", "IoYaml", "Render",
                        "Layout", "Analysis",
                        "Simulation", "Progress", "Concurrent", "Model")
                .whereLayer("Bench").mayOnlyAccessLayers("Generator", "Export", "Io", "IoV1", "IoYaml", "Render", "Layout",
                        "Analysis", "Simulation", "Progress", "Concurrent", "Model")
                .whereLayer("Service").mayOnlyAccessLayers("Export", "Io", "IoImporter", "IoV1", "IoYaml", "Render",
                        "Layout", "Analysis",
                        "Simulation", "Progress", "Concurrent", "Model")
                .whereLayer("Export").mayOnlyAccessLayers("Render", "Layout", "Analysis", "Simulation", "Concurrent",
                        "Model")
                .whereLayer("Io").mayOnlyAccessLayers("IoV1", "IoYaml", "Layout", "Analysis", "Concurrent", "Model")
                .whereLayer("IoImporter").mayOnlyAccessLayers("Io", "IoV1", "IoYaml", "Model")
                .whereLayer("IoV1").mayOnlyAccessLayers("IoYaml", "Concurrent", "Model")
                .whereLayer("IoYaml").mayOnlyAccessLayers("Model")
                .whereLayer("Render").mayOnlyAccessLayers("Layout", "Analysis", "Simulation", "Concurrent", "Model")
                .whereLayer("Generator").mayOnlyAccessLayers("Model")
                .whereLayer("Layout").mayOnlyAccessLayers("Progress", "Concurrent", "Model")
                .whereLayer("Analysis").mayOnlyAccessLayers("Simulation", "Progress", "Concurrent", "Model")
                .whereLayer("Simulation").mayOnlyAccessLayers("Progress", "Concurrent", "Model")
                .whereLayer("Progress").mayNotAccessAnyLayer()
                .whereLayer("Concurrent").mayNotAccessAnyLayer()
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
                        + " drives the real stages, so it reaches every layer below the front ends. Inside io:"
                        + " io.yaml is the one YAML tree with positions (and the Problem it reports) and knows only"
                        + " the model; io.v1 is the version-1 file format on that tree; io (the TopologyLoader"
                        + " facade, sidecars, safe input and output) puts them together; io.importer reads other"
                        + " tools' files into the same tree and writes through the v1 writer")
                .check(CLASSES);
    }

    @Test
    void importersUseOnlyTheWriterOfTheV1Format() {
        noClasses().that().resideInAPackage("dev.faultline.io.importer..")
                .should().dependOnClassesThat(resideInAPackage("dev.faultline.io.v1..")
                        .and(not(belongToAnyOf(TopologyWriter.class, TopologyNotes.class))))
                .because("an import produces a topology file, and the file is the contract: importers write it with"
                        + " io.v1.TopologyWriter (and its notes) and never build v1 records or validate them; the"
                        + " written file is checked by loading it like any other")
                .check(CLASSES);
    }

    @Test
    void theYamlTreeStaysInsideIo() {
        noClasses().that().resideOutsideOfPackage("dev.faultline.io..")
                .and().doNotHaveFullyQualifiedName("dev.faultline.bench.YamlParseFloor")
                .should().dependOnClassesThat(resideInAPackage("dev.faultline.io.yaml..")
                        .and(not(belongToAnyOf(Problem.class))))
                .because("outside io, a file is a LoadResult with Problems, never a YAML tree; the benchmark's"
                        + " parse floor is the one exception: it must use the loader's own parser settings")
                .check(CLASSES);
    }

    @Test
    void theFrontEndsNameOnlyTheDocumentedIoAndExportTypes() {
        noClasses().that().resideInAnyPackage("dev.faultline.app..", "dev.faultline.cli..")
                .should().dependOnClassesThat(resideInAPackage("dev.faultline.io..")
                        .and(not(belongToAnyOf(FRONT_END_IO_TYPES))))
                .orShould().dependOnClassesThat(resideInAPackage("dev.faultline.export.graph.."))
                .because("docs/architecture.md: the front ends go through service, and name io only for results"
                        + " (LoadResult, Problem, ImportResult/ImportReport/ImportException, EditOutcome/EditException),"
                        + " outputs (OutputTarget, AtomicFiles), the workspace sidecars FaultlineApp wires, the"
                        + " loader for 'validate', TopologyWriter for 'generate' and GitRevisions for --base-ref; export's text/JSON/SARIF/Markdown"
                        + " writers and the diagram exporter are chosen per --format, graph exports only through"
                        + " service.ExportService")
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
                .and().doNotHaveFullyQualifiedName("dev.faultline.bench.YamlParseFloor")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.yaml.snakeyaml..")
                .because("io is the one place that parses and writes YAML/JSON files, with positions and the"
                        + " hostile-input limits; export's JSON writers build text without a JSON library. The"
                        + " benchmark's parse floor (bench.YamlParseFloor) is Jackson's parser alone by definition:"
                        + " it measures what the loader costs above it, and is no product code")
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
