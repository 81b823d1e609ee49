package dev.faultline.app.workspace;

import java.nio.file.Path;
import java.util.function.Function;

import dev.faultline.io.LayoutSidecar;
import dev.faultline.io.LoadResult;
import dev.faultline.layout.LayoutAlgorithm;

/**
 * The core use cases the app needs, constructed once by the composition root and passed down. Tests build their
 * own (for example with a simpler layout) without touching the views.
 */
public record CoreServices(Function<Path, LoadResult> loader, AnalyzerPort analyzer, LayoutAlgorithm layout,
                           SceneFactory scenes, LayoutSidecar sidecar, DiagramWriter diagrams, ImportPort importer) {
    /** The one view pipeline (load, analyse, lay out, pin, scene) over these services, shared with the exports. */
    public dev.faultline.service.ViewPipeline pipeline() {
        return new dev.faultline.service.ViewPipeline(loader, analyzer::analyze, sidecar::load, layout, scenes::build);
    }

    /** Without export and import (tests that do not need them). */
    public CoreServices(Function<Path, LoadResult> loader, AnalyzerPort analyzer, LayoutAlgorithm layout,
                        SceneFactory scenes, LayoutSidecar sidecar) {
        this(loader, analyzer, layout, scenes, sidecar, (subject, target) -> {
            throw new java.io.IOException("export is not available");
        }, (format, inputs, output) -> {
            throw new java.io.IOException("import is not available");
        });
    }
}
