package dev.faultline.app.workspace;

import java.util.List;

import dev.faultline.analysis.fix.VerifiedFix;
import dev.faultline.export.text.FixText;
import dev.faultline.render.ChangeMarks;

/**
 * A verified fix shown on the canvas before the user decides (Keep / Discard / Save as…): {@code edited} is the open
 * topology with the fix applied in memory, analysed and laid out; {@code marks} outline what the fix changes. The
 * user's file is not touched.
 */
public record FixPreview(VerifiedFix fix, TopologyDocument edited, ChangeMarks marks) {
    public List<String> edits() {
        return fix.edits();
    }

    /** "run 2 instances of orders-db: +420/month, checkout 99.87 % → 99.97 %; finding removed". */
    public String banner() {
        return FixText.line(fix) + "; finding removed";
    }
}
