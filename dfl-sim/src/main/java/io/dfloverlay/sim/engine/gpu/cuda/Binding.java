package io.dfloverlay.sim.engine.gpu.cuda;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * One C function bound through FFM: the exported symbol, the name its prototype has in the
 * library's header (they differ where the header {@code #define}s a versioned name, e.g.
 * {@code cuMemAlloc} to {@code cuMemAlloc_v2}), and the descriptor of its C signature. A test
 * parses the headers and checks every descriptor against the prototype.
 *
 * @param symbol     exported symbol bound
 * @param header     name of the prototype in the header
 * @param descriptor return and argument layouts
 * @param critical   whether the call may take heap memory (short copies only: {@code Linker.Option.critical})
 */
public record Binding(String symbol, String header, FunctionDescriptor descriptor, boolean critical) {
    /**
     * A binding whose header name is the symbol.
     *
     * @param symbol     exported symbol
     * @param descriptor signature
     * @return the binding
     */
    static Binding of(String symbol, FunctionDescriptor descriptor) {
        return new Binding(symbol, symbol, descriptor, false);
    }

    /**
     * A binding of a versioned symbol the header maps a plain name to.
     *
     * @param symbol     exported symbol, e.g. {@code cuMemAlloc_v2}
     * @param header     prototype name, e.g. {@code cuMemAlloc}
     * @param descriptor signature
     * @return the binding
     */
    static Binding mapped(String symbol, String header, FunctionDescriptor descriptor) {
        return new Binding(symbol, header, descriptor, false);
    }

    /**
     * A downcall handle from {@code lookup}.
     *
     * @param lookup the loaded library
     * @return the handle
     * @throws CudaUnavailableException if the symbol is missing (library too old)
     */
    MethodHandle bind(SymbolLookup lookup) {
        var address = lookup.find(symbol).orElseThrow(() -> new CudaUnavailableException("CUDA library lacks " + symbol + " (too old?)"));
        return critical ? Linker.nativeLinker().downcallHandle(address, descriptor, Linker.Option.critical(true))
                : Linker.nativeLinker().downcallHandle(address, descriptor);
    }

    /**
     * This binding allowed to take heap arrays.
     *
     * @return a critical copy
     */
    Binding allowingHeap() {
        return new Binding(symbol, header, descriptor, true);
    }
}
