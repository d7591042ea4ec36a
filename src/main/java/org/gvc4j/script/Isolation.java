package org.gvc4j.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The operating-system layer of the sandbox: the recipe's JVM runs under bubblewrap ({@code bwrap}) in its own user,
 * mount, PID, network, IPC, UTS and cgroup namespaces, with no capabilities, no network (only a private loopback),
 * no environment, a private {@code /proc} and {@code /tmp}, and a file system made only of read-only binds of the
 * Java runtime, the system's shared-library folders, gvc4j's class path, the recipe and the paths given on the command
 * line, plus one writable folder (the run's staging folder inside {@code --out}). The sandbox dies with its launcher.
 *
 * <p>This layer holds even where the language layer ({@link RecipePolicy}) has a hole: a recipe that runs arbitrary
 * Java code inside it still sees no home folder, no {@code /etc}, no other process, no network, and can write only
 * into the staging folder.
 */
final class Isolation {
    /** Where bubblewrap is looked for (a fixed list: never the {@code PATH} of whoever runs us). */
    private static final List<Path> BWRAP = List.of(Path.of("/usr/bin/bwrap"), Path.of("/usr/local/bin/bwrap"),
            Path.of("/bin/bwrap"));
    /** Where prlimit (util-linux) is looked for: it sets the sandbox's resource limits inside its user namespace. */
    private static final List<Path> PRLIMIT = List.of(Path.of("/usr/bin/prlimit"), Path.of("/bin/prlimit"));
    /** Where prlimit appears inside the sandbox (not under /usr/bin: the view holds no system commands). */
    static final String PRLIMIT_INSIDE = "/run/gvc4j/prlimit";
    /** Size of the private {@code /tmp} (memory-backed). */
    static final long TMP_BYTES = 256L << 20;
    /** Size of the private {@code /dev/shm} (memory-backed); the rest of {@code /dev} is read-only. */
    static final long SHM_BYTES = 1L << 20;

    /** What this machine offers. */
    record Status(boolean available, String description, @Nullable Path bwrap, @Nullable Path prlimit) {
        Status(boolean available, String description, @Nullable Path bwrap) {
            this(available, description, bwrap, null);
        }
    }

    /**
     * Resource limits of every process in the sandbox (hard and soft), set by prlimit inside the sandbox's user
     * namespace, so that the process count is that of the sandbox alone (not of the user's other processes).
     *
     * @param addressSpace  bytes of virtual memory per process (RLIMIT_AS)
     * @param fileSize      bytes per written file (RLIMIT_FSIZE)
     * @param openFiles     open files per process (RLIMIT_NOFILE)
     * @param processes     processes and threads (RLIMIT_NPROC; the kernel does not apply it when gvc runs as root)
     */
    record Rlimits(long addressSpace, long fileSize, int openFiles, int processes) {
        /** The prlimit options (core dumps off). */
        List<String> options() {
            return List.of("--core=0", "--as=" + addressSpace, "--fsize=" + fileSize, "--nofile=" + openFiles,
                    "--nproc=" + processes);
        }
    }

    private static volatile @Nullable Status cached;

    private Isolation() {
    }

    /** Whether OS isolation works here, and in words which or why not (probed once per process). */
    static Status status() {
        Status s = cached;
        if (s == null) {
            s = probe();
            cached = s;
        }
        return s;
    }

    private static Status probe() {
        if ("off".equals(System.getProperty("gvc4j.sandbox.isolation"))) {
            return new Status(false, "OS isolation turned off (-Dgvc4j.sandbox.isolation=off)", null);
        }
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return new Status(false, "OS isolation needs Linux namespaces (bubblewrap); this is "
                    + System.getProperty("os.name"), null);
        }
        Path bwrap = null;
        for (Path p : BWRAP) {
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                bwrap = p;
                break;
            }
        }
        if (bwrap == null) {
            return new Status(false, "bubblewrap is not installed (Debian/Ubuntu: apt-get install bubblewrap)", null);
        }
        Path prlimit = prlimit();
        if (prlimit == null) {
            return new Status(false, "prlimit (util-linux) is not installed; the sandbox needs it for its resource "
                    + "limits", bwrap);
        }
        // A trial run with the namespaces the sandbox uses, of a binary every Linux has.
        Path trueBin = Files.isExecutable(Path.of("/usr/bin/true")) ? Path.of("/usr/bin/true") : Path.of("/bin/true");
        List<String> cmd = new ArrayList<>(List.of(bwrap.toString()));
        cmd.addAll(namespaceOptions());
        cmd.addAll(List.of("--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "--size",
                Long.toString(SHM_BYTES), "--tmpfs", "/dev/shm", "--remount-ro", "/proc", "--remount-ro", "/dev",
                prlimit.toString(), "--core=0", "--nproc=64", "--", trueBin.toString()));
        String version = "";
        try {
            Process v = new ProcessBuilder(bwrap.toString(), "--version").redirectErrorStream(true).start();
            version = readAll(v.getInputStream()).trim();
            v.waitFor(5, TimeUnit.SECONDS);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            p.getOutputStream().close();
            String out = readAll(p.getInputStream()).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Status(false, "bubblewrap did not start a test sandbox within 10 s", bwrap);
            }
            if (p.exitValue() != 0) {
                return new Status(false, "bubblewrap cannot create namespaces here (" + firstLine(out)
                        + "); in a container, allow user namespaces", bwrap);
            }
        } catch (IOException e) {
            return new Status(false, "bubblewrap could not be started: " + e.getMessage(), bwrap);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Status(false, "interrupted while probing bubblewrap", bwrap);
        }
        return new Status(true, "OS isolation with " + (version.isEmpty() ? "bubblewrap" : version)
                + " (namespaces, no network, read-only view, no capabilities, resource limits)", bwrap, prlimit);
    }

    /** prlimit (util-linux), as a real path, or null where it is not installed. */
    static @Nullable Path prlimit() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return null;
        }
        for (Path p : PRLIMIT) {
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return real(p);
            }
        }
        return null;
    }

    /** Namespaces, identity and privileges: the same for the probe and the real run. */
    private static List<String> namespaceOptions() {
        return List.of("--unshare-all", "--unshare-user", "--uid", "65534", "--gid", "65534", "--disable-userns",
                "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--clearenv");
    }

    /**
     * The bubblewrap command line that wraps {@code command} (a JVM with its arguments).
     *
     * @param readOnly  paths the sandbox may read (files or folders), bound at the same path
     * @param writable  the one folder it may write, bound at the same path
     * @param env       environment variables to set inside (everything else is cleared)
     * @param limits    resource limits of every process inside
     */
    static List<String> wrap(Status iso, List<Path> readOnly, Path writable, List<String> env, Rlimits limits,
                             List<String> command) {
        List<String> cmd = new ArrayList<>();
        cmd.add(String.valueOf(iso.bwrap()));
        cmd.addAll(namespaceOptions());
        for (int i = 0; i + 1 < env.size(); i += 2) {
            cmd.addAll(List.of("--setenv", env.get(i), env.get(i + 1)));
        }
        // /proc and /dev read-only: bubblewrap covers /proc/sys only when it looks writable, and a sandbox started
        // by root is root's uid on the host (without capabilities), which passes the owner check of global sysctls
        // (kernel.core_pattern) and /proc/sysrq-trigger; /dev is a tmpfs without a size of its own, /dev/shm another
        cmd.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", Long.toString(SHM_BYTES), "--tmpfs",
                "/dev/shm", "--size", Long.toString(TMP_BYTES), "--tmpfs", "/tmp"));
        for (String link : topLevelLinks()) {
            cmd.add("--symlink");
            cmd.add(link.substring(link.indexOf('\n') + 1));
            cmd.add(link.substring(0, link.indexOf('\n')));
        }
        // parents before children, so that a bind inside another is not hidden by it
        List<Path> ro = new ArrayList<>(new LinkedHashSet<>(readOnly));
        ro.sort(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString));
        for (Path p : ro) {
            if (p.startsWith(writable)) {
                continue;
            }
            cmd.addAll(List.of("--ro-bind", p.toString(), p.toString()));
        }
        cmd.addAll(List.of("--bind", writable.toString(), writable.toString(), "--chdir", writable.toString()));
        cmd.addAll(List.of("--ro-bind", String.valueOf(iso.prlimit()), PRLIMIT_INSIDE));
        // the folders bubblewrap made to hold the binds live in its root: make it read-only, so that the only
        // writable places are the staging folder and the size-limited /tmp and /dev/shm
        cmd.addAll(List.of("--remount-ro", "/", "--remount-ro", "/proc", "--remount-ro", "/dev"));
        cmd.add(PRLIMIT_INSIDE);
        cmd.addAll(limits.options());
        cmd.add("--");
        cmd.addAll(command);
        return cmd;
    }

    /**
     * The read-only system part of the view: the Java runtime (and the files its links point to, e.g. Debian's
     * {@code /etc/java-17-openjdk}), the folders of the shared libraries this JVM has loaded (libc's folder holds the
     * BLAS libraries too), and {@code /etc/alternatives} (Debian resolves {@code libblas.so.3} through it).
     */
    static List<Path> systemPaths() {
        Set<Path> out = new LinkedHashSet<>();
        Path javaHome = real(Path.of(System.getProperty("java.home")));
        out.add(javaHome);
        try (Stream<Path> s = Files.walk(javaHome)) {
            s.filter(Files::isSymbolicLink).forEach(link -> {
                Path target = real(link);
                if (!target.startsWith(javaHome) && Files.exists(target) && !target.toString().contains("/share/doc/")) {
                    out.add(target);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // a runtime we cannot walk: bind it as is
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                int slash = line.indexOf('/');
                if (slash < 0 || !line.contains(".so")) {
                    continue;
                }
                Path lib = Path.of(line.substring(slash).trim());
                if (lib.toString().contains(" (deleted)") || !Files.exists(lib)) {
                    continue;
                }
                Path dir = real(lib).getParent();
                if (dir != null && !dir.startsWith(javaHome) && !isTemp(dir)) {
                    out.add(dir);
                }
            }
        } catch (IOException e) {
            // no /proc: only the runtime's own folder
        }
        for (String d : List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64")) {
            Path p = Path.of(d);
            if (Files.isDirectory(p) && !Files.isSymbolicLink(p)) {
                out.add(p);
            }
        }
        // the C.UTF-8 locale (glibc's files, where it has them): without it the JVM's file names are ASCII and a
        // recipe or table whose path holds any other character cannot be opened
        for (String d : List.of("/usr/lib/locale/C.utf8", "/usr/lib/locale/C.UTF-8")) {
            Path p = Path.of(d);
            if (Files.isDirectory(p)) {
                out.add(real(p));
            }
        }
        Path alternatives = Path.of("/etc/alternatives");
        if (Files.isDirectory(alternatives)) {
            out.add(alternatives);
        }
        return new ArrayList<>(out);
    }

    /** Top-level links such as {@code /lib -> usr/lib}, recreated inside as "target\nlink". */
    private static List<String> topLevelLinks() {
        List<String> out = new ArrayList<>();
        for (String name : List.of("/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin")) {
            Path p = Path.of(name);
            if (Files.isSymbolicLink(p)) {
                try {
                    out.add(name + "\n" + Files.readSymbolicLink(p));
                } catch (IOException e) {
                    // skip
                }
            }
        }
        return out;
    }

    private static boolean isTemp(Path dir) {
        String tmp = System.getProperty("java.io.tmpdir", "/tmp");
        return dir.startsWith(real(Path.of(tmp))) || dir.startsWith("/tmp") || dir.startsWith("/var/tmp")
                || dir.startsWith("/dev/shm");
    }

    static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    static boolean isRegularOrFolder(Path p) {
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
