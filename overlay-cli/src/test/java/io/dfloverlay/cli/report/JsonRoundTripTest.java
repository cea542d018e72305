package io.dfloverlay.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRoundTripTest {
    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomDocumentsRoundTrip(int seed) {
        Random rnd = new Random(seed);
        Object doc = randomValue(rnd, 0);
        Object back = JsonReader.parse(JsonWriter.write(doc));
        assertEquals(doc, back, "seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void doublesRoundTripBitForBit(int seed) {
        Random rnd = new Random(seed);
        double d = switch (seed % 4) {
            case 0 -> rnd.nextDouble();
            case 1 -> Double.longBitsToDouble(rnd.nextLong()) ;
            case 2 -> rnd.nextGaussian() * 1e-300;
            default -> (double) rnd.nextInt(1000);
        };
        if (!Double.isFinite(d)) d = 0.5;
        Object back = JsonReader.parse(JsonWriter.write(d));
        assertEquals(Double.doubleToLongBits(d), Double.doubleToLongBits((Double) back), "seed " + seed + ", " + d);
    }

    @Test
    void escapesAndSpecialValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quote\"back\\slash", "tab\tnew\nline\u0001");
        m.put("nan", Double.NaN);
        m.put("big", Long.MAX_VALUE);
        m.put("empty", List.of());
        m.put("none", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) JsonReader.parse(JsonWriter.write(m));
        assertEquals("tab\tnew\nline\u0001", back.get("quote\"back\\slash"));
        assertEquals(null, back.get("nan"));
        assertTrue(back.containsKey("nan"));
        assertEquals(Long.MAX_VALUE, back.get("big"));
        assertEquals(List.of(), back.get("empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\" 1}", "[1,]", "tru", "\"abc", "{} x", "{\"a\":1,}", "-", "\"\\q\""})
    void malformedInputIsRejectedWithOffset(String text) {
        var e = assertThrows(IllegalArgumentException.class, () -> JsonReader.parse(text), text);
        assertTrue(e.getMessage().contains("offset"), e.getMessage());
    }

    private static Object randomValue(Random rnd, int depth) {
        int kind = rnd.nextInt(depth > 3 ? 5 : 7);
        return switch (kind) {
            case 0 -> null;
            case 1 -> rnd.nextBoolean();
            case 2 -> rnd.nextLong();
            case 3 -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20);
            case 4 -> randomString(rnd);
            case 5 -> {
                List<Object> l = new ArrayList<>();
                for (int i = rnd.nextInt(4); i > 0; i--) l.add(randomValue(rnd, depth + 1));
                yield l;
            }
            default -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = rnd.nextInt(4); i > 0; i--) m.put(randomString(rnd), randomValue(rnd, depth + 1));
                yield m;
            }
        };
    }

    private static String randomString(Random rnd) {
        StringBuilder b = new StringBuilder();
        for (int i = rnd.nextInt(8); i > 0; i--) b.append((char) (rnd.nextBoolean() ? 'a' + rnd.nextInt(26) : rnd.nextInt(0x3000)));
        return b.toString();
    }
}
