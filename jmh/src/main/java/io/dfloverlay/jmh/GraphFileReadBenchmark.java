package io.dfloverlay.jmh;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading an 8-regular graph file (circulant {@code i ~ i±1, ±2, ±5, ±11}, so no generator is
 * needed) through {@link GraphFiles#read}, against the baseline of reading the file's bytes.
 * Run: {@code java -jar jmh/target/benchmarks.jar GraphFileReadBenchmark -p n=1000000}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class GraphFileReadBenchmark {
    /** A written graph file. */
    @State(Scope.Benchmark)
    public static class GraphFile {
        @Param({"100000", "1000000"})
        int n;

        @Param({"mtx", "edges"})
        String format;

        Path dir;
        Path file;

        @Setup(Level.Trial)
        public void write() throws IOException {
            GraphBuilder b = new GraphBuilder(n, 4L * n);
            for (int i = 0; i < n; i++) for (int s : new int[] {1, 2, 5, 11}) b.addEdge(i, (i + s) % n);
            dir = Files.createTempDirectory("graph-read-bench");
            file = dir.resolve("g." + format);
            GraphFiles.write(file, b.build(), GraphMetadata.EMPTY);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @Benchmark
    public byte[] baselineReadBytes(GraphFile f) throws IOException {
        return Files.readAllBytes(f.file);
    }

    @Benchmark
    public Graph read(GraphFile f) throws IOException {
        return GraphFiles.read(f.file);
    }
}
