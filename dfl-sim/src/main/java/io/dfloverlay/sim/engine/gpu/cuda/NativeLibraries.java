package io.dfloverlay.sim.engine.gpu.cuda;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds and loads the CUDA shared libraries, trying each soname ({@code .so.13} then {@code .so.12})
 * in order: the directories the user gives (system property {@value #PATH_PROPERTY} or environment
 * variable {@value #PATH_ENV}, colon-separated), the dynamic loader's own search (LD_LIBRARY_PATH,
 * ld.so.cache), {@code $CUDA_HOME/lib64}, {@code /usr/local/cuda/lib64}, and the {@code lib} folders
 * of the nvidia-* Python wheels (as PyTorch installs them) in the usual site-packages. Libraries a
 * library needs from its own folder (cuBLAS needs cuBLASLt, cuSPARSE nvJitLink) are loaded first so
 * the loader finds them without LD_LIBRARY_PATH. Loaded libraries stay loaded.
 */
public final class NativeLibraries {
    /** System property naming extra library folders. */
    public static final String PATH_PROPERTY = "dfloverlay.cuda.path";
    /** Environment variable naming extra library folders. */
    public static final String PATH_ENV = "DFLOVERLAY_CUDA_PATH";

    private NativeLibraries() {}

    /**
     * Loads the first of {@code sonames} found.
     *
     * @param what       library name for messages, e.g. {@code cuBLAS}
     * @param sonames    file names to try in order, e.g. {@code libcublas.so.13}
     * @param companions file-name prefixes of libraries to preload from the same folder, e.g. {@code libcublasLt.so.}
     * @param wheels     whether to search Python wheels (not for the driver)
     * @return the library's symbols
     * @throws CudaUnavailableException naming what was searched, if none loads
     */
    static SymbolLookup load(String what, List<String> sonames, List<String> companions, boolean wheels) {
        List<String> errors = new ArrayList<>();
        for (Path dir : userDirs()) {
            SymbolLookup l = tryDir(dir, sonames, companions, errors);
            if (l != null) return l;
        }
        for (String so : sonames) {
            try {
                return SymbolLookup.libraryLookup(so, Arena.global());
            } catch (IllegalArgumentException e) {
                // not on the loader path; keep searching
            }
        }
        List<Path> dirs = new ArrayList<>();
        String cudaHome = System.getenv("CUDA_HOME");
        if (cudaHome != null && !cudaHome.isBlank()) dirs.add(Path.of(cudaHome, "lib64"));
        dirs.add(Path.of("/usr/local/cuda/lib64"));
        if (wheels) dirs.addAll(wheelDirs());
        for (Path dir : dirs) {
            SymbolLookup l = tryDir(dir, sonames, companions, errors);
            if (l != null) return l;
        }
        throw new CudaUnavailableException(what + " not found: none of " + String.join(", ", sonames) + " on the loader path, in "
                + PATH_PROPERTY + "/" + PATH_ENV + ", CUDA_HOME/lib64, /usr/local/cuda/lib64" + (wheels ? " or nvidia-* Python wheels" : "")
                + (errors.isEmpty() ? "" : " (" + errors.get(0) + ")"));
    }

    private static SymbolLookup tryDir(Path dir, List<String> sonames, List<String> companions, List<String> errors) {
        for (String so : sonames) {
            Path file = dir.resolve(so);
            if (!Files.isRegularFile(file)) continue;
            for (String prefix : companions) preload(dir, prefix);
            try {
                return SymbolLookup.libraryLookup(file, Arena.global());
            } catch (IllegalArgumentException e) {
                errors.add(file + ": " + e.getMessage());
            }
        }
        return null;
    }

    /** Loads the libraries named {@code prefix*} in {@code dir} (and in sibling wheel folders), ignoring failures. */
    private static void preload(Path dir, String prefix) {
        List<Path> places = new ArrayList<>(List.of(dir));
        Path parent = dir.getParent() == null ? null : dir.getParent().getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("nvidia")) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(parent)) {
                for (Path p : s) places.add(p.resolve("lib"));
            } catch (IOException e) {
                // no sibling wheels
            }
        }
        for (Path place : places) {
            if (!Files.isDirectory(place)) continue;
            try (DirectoryStream<Path> s = Files.newDirectoryStream(place, prefix + "*")) {
                for (Path p : s) {
                    try {
                        SymbolLookup.libraryLookup(p, Arena.global());
                        return;
                    } catch (IllegalArgumentException e) {
                        // try the next candidate
                    }
                }
            } catch (IOException e) {
                // unreadable folder
            }
        }
    }

    private static List<Path> userDirs() {
        List<Path> dirs = new ArrayList<>();
        for (String spec : new String[] {System.getProperty(PATH_PROPERTY), System.getenv(PATH_ENV)}) {
            if (spec == null || spec.isBlank()) continue;
            for (String part : spec.split(":")) {
                if (part.isBlank()) continue;
                Path p = Path.of(part.strip());
                dirs.add(Files.isRegularFile(p) && p.getParent() != null ? p.getParent() : p);
            }
        }
        return dirs;
    }

    /** The {@code nvidia/*}{@code /lib} folders of Python wheels in the usual site-packages. */
    static List<Path> wheelDirs() {
        Set<Path> roots = new LinkedHashSet<>();
        String home = System.getProperty("user.home");
        List<String> prefixes = new ArrayList<>(List.of("/usr/lib", "/usr/local/lib", "/opt/conda/lib", home + "/.local/lib"));
        for (String env : new String[] {"VIRTUAL_ENV", "CONDA_PREFIX"}) {
            String v = System.getenv(env);
            if (v != null && !v.isBlank()) prefixes.add(v + "/lib");
        }
        for (String prefix : prefixes) {
            Path base = Path.of(prefix);
            if (!Files.isDirectory(base)) continue;
            try (DirectoryStream<Path> s = Files.newDirectoryStream(base, "python3*")) {
                for (Path py : s) {
                    roots.add(py.resolve("site-packages"));
                    roots.add(py.resolve("dist-packages"));
                }
            } catch (IOException e) {
                // unreadable
            }
        }
        String pythonPath = System.getenv("PYTHONPATH");
        if (pythonPath != null) for (String p : pythonPath.split(":")) if (!p.isBlank()) roots.add(Path.of(p));
        List<Path> dirs = new ArrayList<>();
        for (Path root : roots) {
            Path nvidia = root.resolve("nvidia");
            if (!Files.isDirectory(nvidia)) continue;
            try (DirectoryStream<Path> s = Files.newDirectoryStream(nvidia)) {
                for (Path pkg : s) if (Files.isDirectory(pkg.resolve("lib"))) dirs.add(pkg.resolve("lib"));
            } catch (IOException e) {
                // unreadable
            }
        }
        return dirs;
    }
}
