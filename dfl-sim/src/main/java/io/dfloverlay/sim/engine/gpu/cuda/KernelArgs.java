package io.dfloverlay.sim.engine.gpu.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code void** kernelParams} of one {@code cuLaunchKernel}: each argument's value in its own
 * slot, in the kernel's parameter order (pointers and {@code long long} 8 bytes, {@code int} and
 * {@code float} 4). Lives in the caller's arena.
 */
final class KernelArgs {
    private final Arena arena;
    private final List<MemorySegment> slots = new ArrayList<>();

    KernelArgs(Arena arena) {
        this.arena = arena;
    }

    /** A device pointer ({@code T*}); 0 for null. */
    KernelArgs ptr(long address) {
        MemorySegment s = arena.allocate(JAVA_LONG);
        s.set(JAVA_LONG, 0, address);
        slots.add(s);
        return this;
    }

    /** A {@code long long}. */
    KernelArgs i64(long v) {
        return ptr(v);
    }

    /** An {@code int}. */
    KernelArgs i32(int v) {
        MemorySegment s = arena.allocate(JAVA_INT);
        s.set(JAVA_INT, 0, v);
        slots.add(s);
        return this;
    }

    /** A {@code float}. */
    KernelArgs f32(float v) {
        MemorySegment s = arena.allocate(JAVA_FLOAT);
        s.set(JAVA_FLOAT, 0, v);
        slots.add(s);
        return this;
    }

    /** The array of argument addresses. */
    MemorySegment array() {
        MemorySegment a = arena.allocate(ADDRESS, slots.size());
        for (int i = 0; i < slots.size(); i++) a.setAtIndex(ADDRESS, i, slots.get(i));
        return a;
    }
}
