package io.dfloverlay.cli;

import io.dfloverlay.core.io.GraphFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a {@code --format}/{@code --from}/{@code --to} value with {@link GraphFormat#byName}. */
final class GraphFormatConverter implements ITypeConverter<GraphFormat> {
    @Override
    public GraphFormat convert(String value) {
        try {
            return GraphFormat.byName(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
