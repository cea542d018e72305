package io.dfloverlay.cli;

import io.dfloverlay.core.topology.ParamType;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses durations with a unit ({@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, ISO-8601 {@code PT30S}) as the registry does. */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return ParamType.parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("not a duration: '" + value + "' (use e.g. 30s, 2m, 500ms)");
        }
    }
}
