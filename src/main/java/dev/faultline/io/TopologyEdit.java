package dev.faultline.io;

/**
 * One parsed {@code whatif} edit (docs/cli.md): {@code set NODE.KEY=VALUE}, {@code set FROM->TO.KEY=VALUE},
 * {@code add|remove NODE.LISTKEY=ITEM}, {@code add|remove FROM->TO.fallback=NODE}, {@code add TEAM.members=NAME},
 * {@code add|remove dependency FROM->TO}. {@code value} is YAML text; {@code from}/{@code to} are set for edits of a
 * dependency, {@code target} for edits of a node or team.
 *
 * @param index 1-based position among the edits, for messages ("--apply #2: ...")
 */
public record TopologyEdit(int index, String text, Verb verb, String target, String from, String to, String key,
                           String value) {
    public enum Verb { SET, ADD, REMOVE, ADD_DEPENDENCY, REMOVE_DEPENDENCY }

    public boolean onDependency() {
        return from != null;
    }

    /** How messages name this edit. */
    public String label() {
        return "--apply #" + index;
    }
}
