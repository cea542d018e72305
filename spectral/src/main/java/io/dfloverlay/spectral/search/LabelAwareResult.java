package io.dfloverlay.spectral.search;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.SpectralCertificate;
import java.util.Objects;

/**
 * Outcome of a {@link LabelAwareSearch}: the graph, both terms of its objective before and after,
 * and its spectral certificate (λ recomputed from scratch, with an error bound).
 *
 * @param graph       the overlay, connected and d-regular
 * @param beta        the weight of the skew term
 * @param startLambda λ(A) of the near-optimal start (Lanczos)
 * @param startSkew   neighbourhood label skew of the start
 * @param skew        neighbourhood label skew of {@code graph}
 * @param certificate spectral certificate of {@code graph}
 * @param swapsTried  switches attempted
 * @param swapsKept   switches kept
 */
public record LabelAwareResult(Graph graph, double beta, double startLambda, double startSkew, double skew,
        SpectralCertificate certificate, long swapsTried, long swapsKept) {
    /** Validates the fields. */
    public LabelAwareResult {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(certificate, "certificate");
        if (swapsKept < 0 || swapsKept > swapsTried) throw new IllegalArgumentException("inconsistent counts: tried=" + swapsTried + ", kept=" + swapsKept);
    }

    /** {@return λ(A) of the result, from the certificate} */
    public double lambda() {
        return certificate.lambda();
    }

    /** {@return the objective {@code λ/d + β·skew} of the start} */
    public double startObjective() {
        return startLambda / certificate.d() + beta * startSkew;
    }

    /** {@return the objective {@code λ/d + β·skew} of the result} */
    public double objective() {
        return lambda() / certificate.d() + beta * skew;
    }
}
