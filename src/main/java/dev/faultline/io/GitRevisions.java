package dev.faultline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import dev.faultline.io.yaml.InputGuard;

/**
 * Reads a file as it was at a git revision ({@code diff --base-ref}), with JGit: no git binary is needed. The
 * repository is the one enclosing the file; the file's path inside it is what is looked up at the revision.
 */
public final class GitRevisions {
    /** The file is not inside a git repository, or the revision does not name a commit: a usage error. */
    public static final class GitException extends Exception {
        private static final long serialVersionUID = 1L;

        public GitException(String message) {
            super(message);
        }
    }

    static {
        // JGit logs through SLF4J; without a binding SLF4J 2 prints a three-line notice to standard error, which
        // would land in CI logs and PR comments piped from stderr. Keep it quiet unless the user asked otherwise.
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
    }

    private GitRevisions() {
    }

    /**
     * The bytes of {@code file} at {@code revision}, or empty when the path did not exist in that commit.
     *
     * @throws GitException when {@code file} is outside a repository or {@code revision} is not a commit there
     */
    public static Optional<byte[]> read(Path file, String revision) throws GitException, IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute;
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(real.getParent().toFile());
        if (builder.getGitDir() == null) {
            throw new GitException(file + " is not inside a git repository, so --base-ref has nothing to read;"
                    + " compare two files instead: faultline diff BASE HEAD");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare() || repo.getWorkTree() == null) throw new GitException(file + " is in a bare repository");
            Path top = repo.getWorkTree().toPath().toRealPath();
            if (!real.startsWith(top)) throw new GitException(file + " is outside the work tree " + top);
            String inRepo = top.relativize(real).toString().replace('\\', '/');
            return readAt(repo, commit(repo, revision), inRepo);
        }
    }

    private static ObjectId commit(Repository repo, String revision) throws GitException, IOException {
        ObjectId id;
        try {
            id = repo.resolve(revision + "^{commit}");
        } catch (IllegalArgumentException e) { // RevisionSyntaxException among them
            id = null;
        }
        if (id == null) throw new GitException("'" + revision + "' is not a commit of " + repo.getWorkTree());
        return id;
    }

    private static Optional<byte[]> readAt(Repository repo, ObjectId commitId, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(commitId);
            try (TreeWalk tree = TreeWalk.forPath(repo, path, commit.getTree())) {
                if (tree == null || tree.isSubtree()) return Optional.empty();
                ObjectLoader loader = repo.open(tree.getObjectId(0));
                if (loader.getSize() > TopologyLoader.MAX_FILE_BYTES) {
                    throw new IOException(path + " at " + commitId.abbreviate(7).name() + " is too big: "
                            + InputGuard.tooBigMessage(loader.getSize()));
                }
                return Optional.of(loader.getBytes());
            }
        }
    }
}
