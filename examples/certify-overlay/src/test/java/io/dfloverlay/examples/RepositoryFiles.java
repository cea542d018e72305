package io.dfloverlay.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds the repository this example lives in, for the tests that check its documents. */
final class RepositoryFiles {
    private static final String SECTION = "## Use it as a library";

    private RepositoryFiles() {}

    /**
     * The repository root: the first directory above this project whose README.md has the library
     * section (the example's own README.md does not). Tests that need it are skipped, saying why,
     * when this project was copied out of the repository.
     *
     * @return the root directory
     * @throws IOException if a README.md cannot be read
     */
    static Path root() throws IOException {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path readme = p.resolve("README.md");
            if (Files.isRegularFile(readme) && Files.readString(readme).contains(SECTION)) return p;
        }
        Assumptions.abort("no README.md with '" + SECTION + "' above " + Path.of("").toAbsolutePath()
                + ": this copy of the example is outside the repository");
        throw new AssertionError("unreachable");
    }
}
