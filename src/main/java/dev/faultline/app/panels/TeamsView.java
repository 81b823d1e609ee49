package dev.faultline.app.panels;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.TeamCoupling;
import dev.faultline.analysis.TeamFigures;
import dev.faultline.analysis.cost.CostLine;
import dev.faultline.analysis.cost.CostReport;
import dev.faultline.analysis.cost.Money;
import dev.faultline.app.workspace.TopologyDocument;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.model.Node;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.FailureEvent;

/**
 * Conway's law at a glance: each team's figures with "Fail this team", the coupling matrix as a heat table,
 * knowledge silos and unowned nodes.
 */
public final class TeamsView extends ScrollPane {
    private final VBox content = new VBox(10);
    private final WorkspaceViewModel vm;
    /** Whether the panel is on screen (null: always filled at once); {@link #pending}: a document not filled yet. */
    private javafx.beans.value.ObservableBooleanValue shown;
    private TopologyDocument pending;

    public TeamsView(WorkspaceViewModel vm) {
        this.vm = vm;
        setId("teams");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(10));
        setContent(content);
        vm.documentProperty().addListener((o, a, b) -> {
            if (b != null && (a == null || a.report() != b.report())) fillOrDefer(b);
        });
    }

    /**
     * From now on the panel is filled only while {@code shown} is true (its tab is selected), else when it becomes
     * so: its hundreds of labels cost the FX thread about 0.3 s of CSS and layout at 20,000 nodes, right when a file
     * opens, for a tab nobody looks at yet.
     */
    public void fillWhen(javafx.beans.value.ObservableBooleanValue shown) {
        this.shown = shown;
        shown.addListener((o, a, b) -> {
            if (b && pending != null) fillOrDefer(pending);
        });
    }

    private void fillOrDefer(TopologyDocument doc) {
        if (shown != null && !shown.get()) {
            pending = doc;
            return;
        }
        pending = null;
        fill(doc);
    }

    private void fill(TopologyDocument doc) {
        content.getChildren().clear();
        AnalysisReport report = doc.report();
        Button overlay = new Button("Show team overlay");
        overlay.setOnAction(e -> vm.overlayProperty().set(Overlay.TEAMS));
        content.getChildren().add(overlay);
        if (report.teams().isEmpty()) {
            content.getChildren().add(new Label("This topology declares no teams."));
        } else {
            content.getChildren().add(heading("Teams"));
            content.getChildren().add(teamTable(report.teams()));
            Label coupling = heading("Coupling (dependencies from row team to column team)");
            coupling.setWrapText(true);
            content.getChildren().add(coupling);
            // The matrix scrolls sideways on its own, so it never widens the panel past its buttons.
            VBox table = couplingTable(report.coupling());
            ScrollPane matrix = new ScrollPane(table);
            matrix.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            matrix.getStyleClass().add("edge-to-edge");
            // As tall as the matrix: only the width scrolls.
            matrix.minViewportHeightProperty().bind(table.heightProperty());
            matrix.prefViewportHeightProperty().bind(table.heightProperty());
            content.getChildren().add(matrix);
        }
        addCosts(report.cost());
        content.getChildren().add(heading("Knowledge silos"));
        List<Finding> silos = report.findings().stream().filter(f -> f.rule().equals("knowledge-silo")).toList();
        if (silos.isEmpty()) content.getChildren().add(new Label("None found."));
        silos.stream().limit(ROW_LIMIT).forEach(f -> content.getChildren().add(wrapped("⚠ " + f.message())));
        if (silos.size() > ROW_LIMIT) content.getChildren().add(more(silos.size() - ROW_LIMIT, "silos (Findings lists all)"));
        content.getChildren().add(heading("Unowned nodes"));
        List<String> unowned = doc.topology().nodes().stream().filter(n -> n.team() == null).map(Node::id).toList();
        Label un = wrapped(unowned.isEmpty() ? "None: every node has a team." : String.join(", ",
                unowned.subList(0, Math.min(unowned.size(), ROW_LIMIT)))
                + (unowned.size() > ROW_LIMIT ? ", … (" + unowned.size() + ")" : ""));
        un.setId("unowned-nodes");
        content.getChildren().add(un);
    }

    /** What each team pays per month and how much of it buys redundancy; nothing when no node has a cost. */
    private void addCosts(CostReport cost) {
        if (!cost.priced()) return;
        content.getChildren().add(heading("Cost per month (redundancy premium)"));
        VBox rows = new VBox(2);
        rows.setId("team-costs");
        // At most ROW_LIMIT rows, like the other lists: 1,334 teams' rows took seconds of CSS and layout on opening.
        for (CostLine l : cost.teams().subList(0, Math.min(cost.teams().size(), ROW_LIMIT))) {
            Label row = new Label((l.unowned() ? "unowned" : l.team()) + ": " + Money.format(l.monthly())
                    + " · premium " + Money.format(l.redundancyPremium())
                    + (l.unpriced().isEmpty() ? "" : " · " + l.unpriced().size() + " unpriced"));
            row.setId("cost-" + (l.unowned() ? "unowned" : l.team()));
            rows.getChildren().add(row);
        }
        if (cost.teams().size() > ROW_LIMIT) rows.getChildren().add(more(cost.teams().size() - ROW_LIMIT, "teams"));
        Label total = new Label("Total: " + Money.format(cost.total()) + " · premium "
                + Money.format(cost.redundancyPremium()));
        total.setId("cost-total");
        total.getStyleClass().add("team-name");
        rows.getChildren().add(total);
        if (!cost.unpriced().isEmpty()) {
            Label unpriced = wrapped("No cost: " + String.join(", ", cost.unpriced().stream().limit(20).toList())
                    + (cost.unpriced().size() > 20 ? ", … (" + cost.unpriced().size() + ")" : ""));
            unpriced.getStyleClass().add("hint");
            rows.getChildren().add(unpriced);
        }
        content.getChildren().add(rows);
    }

    private VBox teamTable(List<TeamFigures> teams) {
        VBox rows = new VBox(6);
        rows.getStyleClass().add("team-table");
        for (TeamFigures t : teams.subList(0, Math.min(teams.size(), ROW_LIMIT))) {
            Button fail = new Button("Fail team");
            fail.setId("fail-team-" + t.team());
            fail.getStyleClass().add("small");
            fail.setOnAction(e -> vm.fail(FailureEvent.team(t.team())));
            fail.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            // The team's name, as the legend shows it; the id only when the file gives no name.
            Label name = new Label(vm.document() == null ? t.team() : vm.document().topology().team(t.team())
                    .map(team -> team.name() == null || team.name().isBlank() ? t.team() : team.name())
                    .orElse(t.team()));
            name.setWrapText(true);
            name.getStyleClass().add("team-name");
            Label figures = new Label(people(t.members()) + " · " + t.nodes()
                    + " nodes · " + t.spofs() + " SPOF" + (t.spofs() == 1 ? "" : "s") + " · cross-team "
                    + t.crossTeamOut() + " out / " + t.crossTeamIn() + " in");
            figures.setWrapText(true);
            figures.setMinWidth(0);
            if (t.members() != null && t.members() <= 1) figures.getStyleClass().add("warning-text");
            VBox text = new VBox(1, name, figures);
            text.setMinWidth(0);
            javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, text, fail);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        if (teams.size() > ROW_LIMIT) rows.getChildren().add(more(teams.size() - ROW_LIMIT, "teams (Simulate › Fail team lists all)"));
        return rows;
    }

    /**
     * At most this many rows per list: 20,000 nodes have 1,300 teams, and laying out that many wrapped rows held the
     * window for over a minute on opening (issue #13).
     */
    static final int ROW_LIMIT = 150;

    private static Label more(int count, String what) {
        Label l = new Label("… and " + count + " more " + what);
        l.getStyleClass().add("hint");
        return l;
    }

    /** At most this many teams in the matrix: the most coupled ones. A 100x100 heat table helps nobody. */
    static final int MATRIX_LIMIT = 12;

    private VBox couplingTable(TeamCoupling coupling) {
        List<Integer> shown = mostCoupled(coupling, MATRIX_LIMIT);
        GridPane g = new GridPane();
        g.setId("coupling-matrix");
        g.getStyleClass().add("coupling-matrix");
        List<String> teams = coupling.teams();
        int max = 1;
        for (int i : shown) for (int j : shown) if (i != j) max = Math.max(max, coupling.count(i, j));
        for (int c = 0; c < shown.size(); c++) {
            Label h = head(abbreviate(teams.get(shown.get(c))));
            h.setMinWidth(Label.USE_PREF_SIZE);
            h.setAlignment(Pos.CENTER);
            installTooltip(h, teams.get(shown.get(c)));
            g.add(h, c + 1, 0);
        }
        for (int r = 0; r < shown.size(); r++) {
            int i = shown.get(r);
            Label rowHead = head(teams.get(i));
            rowHead.setMinWidth(Label.USE_PREF_SIZE);
            rowHead.setPadding(new Insets(0, 6, 0, 0));
            g.add(rowHead, 0, r + 1);
            for (int c = 0; c < shown.size(); c++) {
                int j = shown.get(c);
                int n = coupling.count(i, j);
                Label cell = new Label(n == 0 ? "" : String.valueOf(n));
                cell.setMinSize(32, 22);
                cell.setAlignment(Pos.CENTER);
                double heat = (double) n / max;
                String bg = i == j ? "#EEF1F4" : heatColour(heat);
                cell.setStyle("-fx-background-color: " + bg + "; -fx-border-color: white; -fx-text-fill: "
                        + (heat > 0.6 && i != j ? "white" : "#1D2328") + ";");
                installTooltip(cell, teams.get(i) + " → " + teams.get(j) + ": " + n + " dependencies");
                g.add(cell, c + 1, r + 1);
            }
        }
        VBox box = new VBox(4, g);
        if (shown.size() < teams.size()) {
            Label more = new Label("The " + shown.size() + " most coupled of " + teams.size() + " teams.");
            more.getStyleClass().add("hint");
            box.getChildren().add(more);
        }
        return box;
    }

    /** Team indexes with the most dependencies crossing to other teams, in the matrix's order. */
    static List<Integer> mostCoupled(TeamCoupling coupling, int limit) {
        int n = coupling.teams().size();
        int[] cross = new int[n];
        for (int i = 0; i < n; i++) {
            int row = i;
            coupling.forEachInRow(i, (j, count) -> {
                if (row != j) {
                    cross[row] += count;
                    cross[j] += count;
                }
            });
        }
        return java.util.stream.IntStream.range(0, n).boxed()
                .sorted((a, b) -> Integer.compare(cross[b], cross[a])).limit(limit).sorted().toList();
    }

    /** Tooltips made on first hover: one Tooltip control per cell up front is slow for big matrices. */
    private static void installTooltip(Label label, String text) {
        label.setOnMouseEntered(e -> {
            if (label.getTooltip() == null) label.setTooltip(new Tooltip(text));
        });
    }

    static String heatColour(double h) {
        if (h <= 0) return "#FFFFFF";
        int r = (int) Math.round(255 - h * (255 - 213));
        int gr = (int) Math.round(240 - h * (240 - 94));
        int b = (int) Math.round(230 - h * 230);
        return String.format("#%02X%02X%02X", r, gr, b);
    }

    private static String abbreviate(String s) {
        String t = s.startsWith("(") ? s.substring(1) : s;
        return t.length() <= 4 ? t : t.substring(0, 4);
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("table-head");
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    /** Null members: the file does not say who is in the team (unknown, not nobody). */
    static String people(Integer members) {
        return members == null ? "members unknown" : members + (members == 1 ? " person" : " people");
    }
}
