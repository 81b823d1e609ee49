package dev.faultline.io;

import java.util.Locale;

/** Parses the edit grammar of docs/cli.md into {@link TopologyEdit}s; every mistake names the edit it is in. */
public final class EditParser {
    static final String GRAMMAR = "expected 'set NODE.KEY=VALUE', 'set FROM->TO.KEY=VALUE', 'add|remove NODE.KEY=ITEM',"
            + " 'add|remove FROM->TO.fallback=NODE', 'add TEAM.members=NAME' or 'add|remove dependency FROM->TO'";

    private EditParser() {
    }

    public static TopologyEdit parse(int index, String text) throws EditException {
        String label = "--apply #" + index;
        String s = text.strip();
        int space = s.indexOf(' ');
        if (space < 0) throw new EditException(label + ": '" + text + "': " + GRAMMAR);
        String verb = s.substring(0, space).toLowerCase(Locale.ROOT);
        String rest = s.substring(space + 1).strip();
        if (!verb.equals("set") && !verb.equals("add") && !verb.equals("remove")) {
            throw new EditException(label + ": unknown verb '" + s.substring(0, space) + "': " + GRAMMAR);
        }
        if (!verb.equals("set") && rest.startsWith("dependency ")) {
            String[] ends = arrow(label, rest.substring("dependency ".length()).strip());
            return new TopologyEdit(index, text, verb.equals("add") ? TopologyEdit.Verb.ADD_DEPENDENCY
                    : TopologyEdit.Verb.REMOVE_DEPENDENCY, null, ends[0], ends[1], null, null);
        }
        int eq = rest.indexOf('=');
        if (eq < 0) throw new EditException(label + ": '" + text + "' has no '=': " + GRAMMAR);
        String path = rest.substring(0, eq).strip();
        String value = rest.substring(eq + 1).strip();
        int dot = path.lastIndexOf('.');
        if (dot <= 0 || dot == path.length() - 1) {
            throw new EditException(label + ": '" + path + "' is not TARGET.KEY: " + GRAMMAR);
        }
        String target = path.substring(0, dot).strip();
        String key = path.substring(dot + 1).strip();
        TopologyEdit.Verb v = TopologyEdit.Verb.valueOf(verb.toUpperCase(Locale.ROOT));
        if (target.contains("->")) {
            String[] ends = arrow(label, target);
            return new TopologyEdit(index, text, v, null, ends[0], ends[1], key, value);
        }
        return new TopologyEdit(index, text, v, target, null, null, key, value);
    }

    private static String[] arrow(String label, String s) throws EditException {
        int at = s.indexOf("->");
        String from = at < 0 ? "" : s.substring(0, at).strip();
        String to = at < 0 ? "" : s.substring(at + 2).strip();
        if (from.isEmpty() || to.isEmpty()) {
            throw new EditException(label + ": '" + s + "' is not a dependency FROM->TO");
        }
        return new String[] {from, to};
    }
}
