package io.dfloverlay.core.io;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Run in a small-heap JVM by {@link StreamingFormatsTest}: writes and reads back a random 8-regular
 * graph in GraphML, DOT and JSON, printing "FORMAT ok" per format that round-trips with its metadata.
 */
public final class LargeGraphRoundTrip {
    private LargeGraphRoundTrip() {}

    /**
     * @param args directory, node count
     * @throws Exception on any failure (the test reads the exit code and output)
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Graph g = new RandomRegularGenerator(n, 8).generate(new SplittableRandom(5));
        GraphMetadata meta = GraphMetadata.of("random-regular", Map.of("n", args[1], "d", "8"), 5L);
        for (String ext : new String[] {"graphml", "dot", "json"}) {
            Path f = dir.resolve("big." + ext);
            GraphFiles.write(f, g, meta);
            AnnotatedGraph back = GraphFiles.readAnnotated(f, null);
            if (!back.graph().equals(g) || !back.metadata().equals(meta)) throw new AssertionError(ext + " did not round-trip");
            java.nio.file.Files.delete(f);
            System.out.println(ext + " ok");
        }
    }
}
