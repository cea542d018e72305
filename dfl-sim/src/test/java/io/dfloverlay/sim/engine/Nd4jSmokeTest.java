package io.dfloverlay.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class Nd4jSmokeTest {
    @Test
    void nd4jInitialisesAndMultiplies() {
        INDArray a = Nd4j.create(new float[] {1, 2, 3, 4}, new long[] {2, 2});
        INDArray b = Nd4j.create(new float[] {1, 0, 0, 1}, new long[] {2, 2});
        INDArray c = a.mmul(b);
        assertEquals(DataType.FLOAT, c.dataType());
        assertEquals(4f, c.getFloat(1, 1));
        long t=System.nanoTime();
        INDArray x = Nd4j.rand(DataType.FLOAT, 100, 32, 784);
        INDArray w = Nd4j.rand(DataType.FLOAT, 100, 784, 256);
        for (int i=0;i<5;i++){ INDArray y = Nd4j.matmul(x, w);}
        System.out.println("batched matmul x5 ms " + (System.nanoTime()-t)/1e6);
    }
}
