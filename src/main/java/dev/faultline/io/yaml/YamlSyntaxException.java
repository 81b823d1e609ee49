package dev.faultline.io.yaml;

/**
 * A file {@link ExpandingYamlReader} cannot turn into a tree: malformed YAML, an alias bomb, a key YAML allows but
 * a mapping of names cannot hold. Carries the {@link Problem} (file, line, column; 0 for the whole file), so the
 * caller reports {@code FILE:LINE:COL} in its own terms.
 */
public final class YamlSyntaxException extends Exception {
    private final transient Problem problem;

    YamlSyntaxException(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
