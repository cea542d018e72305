package io.dfloverlay.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Atomic file writes: content goes to a temporary file in the target's directory, which is then
 * moved over the target ({@code ATOMIC_MOVE}, falling back to a plain replacing move where the file
 * system cannot). A failed write deletes the temporary file and leaves the target untouched; a
 * missing directory is a {@link NoSuchFileException}.
 *
 * <p>Temporary files are created like any new file, so they honour the process's umask
 * ({@code 0644} under umask {@code 022}); one that replaces an existing target takes the target's
 * POSIX permissions. Every temporary file not yet moved into place is registered with a JVM
 * shutdown hook that deletes it, so Ctrl-C (SIGINT, SIGTERM) in the middle of a write leaves no
 * hidden file behind; code that finishes its files during shutdown (a graceful interrupt) defers
 * that clean-up with {@link #deferCleanup()}. Thread-safe.
 */
public final class AtomicFiles {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final Object HOLDS_LOCK = new Object();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longest time the clean-up hook waits for deferring code to finish its files. */
    private static final long MAX_DEFER_MILLIS = TimeUnit.SECONDS.toMillis(120);
    private static int holds;
    private static boolean hookInstalled;
    private static volatile boolean shuttingDown;

    private AtomicFiles() {}

    /** Writes text to a {@link Writer}. */
    @FunctionalInterface
    public interface TextBody {
        /**
         * Writes the content; the writer is buffered and closed by the caller.
         *
         * @param out where to write
         * @throws IOException if writing fails (the target is then left untouched)
         */
        void writeTo(Writer out) throws IOException;
    }

    /** A deferral of the shutdown clean-up, released by {@link #close()}. */
    public interface CleanupDeferral extends AutoCloseable {
        /** Releases the deferral (idempotent). */
        @Override
        void close();
    }

    /**
     * Writes {@code body}'s UTF-8 text to {@code target} atomically.
     *
     * @param target the file to create or replace
     * @param body   writes the content
     * @throws IOException if the directory is missing or writing fails (no temporary file is left)
     */
    public static void writeText(Path target, TextBody body) throws IOException {
        Path tmp = tempFileFor(target);
        boolean done = false;
        try {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
                body.writeTo(w);
            }
            moveIntoPlace(tmp, target);
            done = true;
        } finally {
            if (!done) discard(tmp);
        }
    }

    /**
     * Writes {@code text} (UTF-8) to {@code target} atomically.
     *
     * @param target the file to create or replace
     * @param text   the content
     * @throws IOException if the directory is missing or writing fails
     */
    public static void writeString(Path target, String text) throws IOException {
        writeText(target, w -> w.write(text));
    }

    /**
     * A fresh hidden temporary file in {@code target}'s directory, for callers that stream into it
     * and later call {@link #moveIntoPlace} (or {@link #discard} on failure). It is deleted by the
     * shutdown hook if the JVM exits before either.
     *
     * @param target the file the temporary file will replace
     * @return the new, empty temporary file
     * @throws NoSuchFileException if the directory does not exist
     * @throws IOException if the file cannot be created, or the JVM is shutting down
     */
    public static Path tempFileFor(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir.toString(), null, "directory does not exist");
        ensureHook();
        byte[] salt = new byte[8];
        for (int attempt = 0; ; attempt++) {
            RANDOM.nextBytes(salt);
            Path tmp = dir.resolve("." + abs.getFileName() + "-" + HexFormat.of().formatHex(salt) + ".tmp");
            try {
                Files.createFile(tmp); // mode 0666 minus the umask, unlike createTempFile's 0600
            } catch (FileAlreadyExistsException e) {
                if (attempt < 100) continue;
                throw e;
            }
            PENDING.add(tmp);
            if (shuttingDown) {
                discard(tmp);
                throw new IOException("not writing " + target + ": the JVM is shutting down");
            }
            copyPermissions(abs, tmp);
            return tmp;
        }
    }

    /**
     * Moves a finished temporary file over {@code target} (atomically where the file system can).
     *
     * @param tmp    a file from {@link #tempFileFor}
     * @param target the file to create or replace
     * @throws IOException if the move fails
     */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
        }
        PENDING.remove(tmp);
    }

    /**
     * Deletes an abandoned temporary file (after a failed write) and forgets it.
     *
     * @param tmp a file from {@link #tempFileFor}
     * @throws IOException if it exists and cannot be deleted
     */
    public static void discard(Path tmp) throws IOException {
        try {
            Files.deleteIfExists(tmp);
        } finally {
            PENDING.remove(tmp);
        }
    }

    /**
     * Defers the shutdown clean-up of temporary files until the returned deferral is closed (at most
     * two minutes), for code that finishes and moves its files into place when interrupted.
     *
     * @return the deferral; close it when the files are finished
     */
    public static CleanupDeferral deferCleanup() {
        synchronized (HOLDS_LOCK) {
            holds++;
        }
        boolean[] released = {false};
        return () -> {
            synchronized (HOLDS_LOCK) {
                if (released[0]) return;
                released[0] = true;
                holds--;
                HOLDS_LOCK.notifyAll();
            }
        };
    }

    /** Temporary files created and not yet moved into place or discarded (for tests and audits). */
    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (src == null || !Files.exists(from)) return;
        try {
            Files.setPosixFilePermissions(to, src.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException ignored) {
            // keep the umask's permissions
        }
    }

    private static void ensureHook() {
        synchronized (HOLDS_LOCK) {
            if (hookInstalled) return;
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::cleanUp, "atomic-files-cleanup"));
            hookInstalled = true;
        }
    }

    /** The shutdown hook: waits for deferrals, then deletes every temporary file still pending. */
    private static void cleanUp() {
        long deadline = System.currentTimeMillis() + MAX_DEFER_MILLIS;
        synchronized (HOLDS_LOCK) {
            try {
                for (long left; holds > 0 && (left = deadline - System.currentTimeMillis()) > 0; ) HOLDS_LOCK.wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        shuttingDown = true;
        for (Path tmp : PENDING) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort during shutdown
            }
        }
    }
}
