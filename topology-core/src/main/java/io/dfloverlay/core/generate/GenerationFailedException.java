package io.dfloverlay.core.generate;

/** Thrown when a randomized generator gives up after its bounded number of attempts. */
public final class GenerationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with the given message.
     *
     * @param message names the generator, its parameters and the attempts made
     */
    public GenerationFailedException(String message) {
        super(message);
    }
}
