package io.dfloverlay.sim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ModelSpecTest {
    @Test
    void parsesModelsForADataset() {
        ModelSpec mlp = ModelSpec.parse("mlp", 784, 10);
        assertEquals("mlp 784-256-10", mlp.name());
        assertEquals(784L * 256 + 256 + 256 * 10 + 10, mlp.numParameters());
        assertEquals(784L * 256 + 256, mlp.offset(1));
        assertArrayEquals(new int[] {784, 64, 32, 10}, ModelSpec.parse("mlp:64,32", 784, 10).widths());
        ModelSpec soft = ModelSpec.parse("softmax", 20, 2);
        assertEquals(Loss.CROSS_ENTROPY, soft.loss());
        ModelSpec lin = ModelSpec.parse("linear", 20, 0);
        assertEquals(Loss.SQUARED, lin.loss());
        assertEquals(21, lin.numParameters());
    }

    @Test
    void initialParametersAreGlorotWithZeroBiases() {
        ModelSpec m = ModelSpec.parse("mlp:5", 4, 3);
        float[] x = m.initialParameters(new SplittableRandom(1));
        double bound = Math.sqrt(6.0 / (4 + 5));
        for (int k = 0; k < 20; k++) assertEquals(0, x[k], bound);
        for (int k = 20; k < 25; k++) assertEquals(0f, x[k]);
        assertArrayEquals(x, m.initialParameters(new SplittableRandom(1)));
    }

    @Test
    void rejectsBadSpecs() {
        for (String bad : new String[] {"cnn", "mlp:", "mlp:0", "mlp:a,3"}) {
            assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse(bad, 10, 3), bad);
        }
    }
}
