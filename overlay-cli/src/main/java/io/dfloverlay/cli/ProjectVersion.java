package io.dfloverlay.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The project version ({@code --version}), from a resource Maven fills in at build time. */
final class ProjectVersion implements IVersionProvider {
    /** The resource holding {@code version=...}. */
    static final String RESOURCE = "/io/dfloverlay/cli/version.properties";

    /**
     * The version of this build.
     *
     * @return e.g. {@code 0.1.0-SNAPSHOT}
     */
    static String version() {
        try (InputStream in = ProjectVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"overlay " + version()};
    }
}
