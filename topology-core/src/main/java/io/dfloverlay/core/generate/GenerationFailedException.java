package io.dfloverlay.core.generate;

/** Thrown when a randomized generator gives up after its bounded number of attempts. */
public final class GenerationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that names the generator, parameters and attempts. */
    public GenerationFailedException(String message) {
        super(message);
    }
}
