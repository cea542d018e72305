package io.dfloverlay.cli;

import io.dfloverlay.core.io.AnnotatedGraph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code overlay convert}: Convert a graph file between formats. */
@Command(name = "convert", mixinStandardHelpOptions = true, header = "Convert a graph file between formats.",
        description = {"Formats: edgelist (.edges/.txt/.el), decentralizepy (.dpy), mtx (.mtx), graphml (.graphml),"
                + " dot (.dot/.gv), json (.json). Generator metadata is kept when both formats have a header"
                + " (mtx, edgelist). The output is written atomically."})
public final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "Input graph file.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output graph file (replaced if it exists).")
    Path out;

    @Option(names = "--from", paramLabel = "FORMAT", converter = GraphFormatConverter.class,
            description = "Input format (default: from the extension of IN).")
    GraphFormat from;

    @Option(names = "--to", paramLabel = "FORMAT", converter = GraphFormatConverter.class,
            description = "Output format (default: from the extension of OUT).")
    GraphFormat to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        GraphFormat target = to != null ? to : GraphFormat.fromPath(out); // fail on a bad OUT name before reading
        AnnotatedGraph g = GraphFiles.readAnnotated(in, from);
        GraphFiles.write(out, g.graph(), g.metadata(), target);
        spec.commandLine().getOut().printf("wrote %s (%s): %d nodes, %d edges%n", out, target.cliName(),
                g.graph().numNodes(), g.graph().numEdges());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
