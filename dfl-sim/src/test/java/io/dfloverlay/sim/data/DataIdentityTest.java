package io.dfloverlay.sim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DataIdentityTest {
    /** SHA-256 written out independently: every value as 4 little-endian bytes, in the documented order. */
    static String expectedSha(DataSplit s) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (Dataset d : List.of(s.train(), s.test())) {
            for (float f : d.features()) out.writeInt(Integer.reverseBytes(Float.floatToIntBits(f)));
            if (d.labels() != null) for (int y : d.labels()) out.writeInt(Integer.reverseBytes(y));
            if (d.targets() != null) for (float t : d.targets()) out.writeInt(Integer.reverseBytes(Float.floatToIntBits(t)));
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }

    @Test
    void checksumIsTheSha256OfTheDecodedArrays() throws Exception {
        for (String task : List.of(SyntheticTasks.LINEAR, SyntheticTasks.MIXTURE)) {
            DataSplit s = SyntheticTasks.create(task, new SplittableRandom(3));
            DataIdentity id = DataIdentity.of(DataIdentity.GENERATED, null, s);
            assertEquals(expectedSha(s), id.sha256(), task);
            assertEquals(s.train().numExamples(), id.trainExamples());
        }
    }

    @Test
    void embeddedSampleAndSyntheticCopiesAreIdentified() {
        LoadedData sample = Datasets.loadIdentified("fashion-mnist-sample", null, new SplittableRandom(1));
        assertEquals(DataIdentity.EMBEDDED_SAMPLE, sample.identity().copy());
        assertEquals(4000, sample.identity().trainExamples());
        assertEquals(sample.identity(), Datasets.loadIdentified("fashion-mnist-sample", null, new SplittableRandom(2)).identity());
        LoadedData a = Datasets.loadIdentified(SyntheticTasks.MIXTURE, null, new SplittableRandom(1));
        LoadedData b = Datasets.loadIdentified(SyntheticTasks.MIXTURE, null, new SplittableRandom(2));
        assertEquals(DataIdentity.GENERATED, a.identity().copy());
        assertNotEquals(a.identity().sha256(), b.identity().sha256(), "other draws, other checksum");
    }

    @Test
    void differencesSayWhatDiffers() {
        String h1 = "a".repeat(64), h2 = "b".repeat(64);
        DataIdentity rec = new DataIdentity(DataIdentity.EMBEDDED_SAMPLE, null, 4000, 1000, h1);
        assertEquals(List.of(), rec.differences(rec));
        List<String> d = rec.differences(new DataIdentity(DataIdentity.FILES, "/usr/share/datasets/fashion-mnist", 60000, 10000, h2));
        assertEquals(4, d.size(), d.toString());
        assertTrue(d.get(0).equals("copy embedded-sample vs files"), d.toString());
        assertTrue(d.get(2).equals("examples 4000/1000 vs 60000/10000"), d.toString());
        assertTrue(d.get(3).startsWith("sha256 aaaaaaaaaaaa… vs bbbbbbbbbbbb…"), d.toString());
    }
}
