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
 * line, plus one writable folder (the run's staging folder next to {@code --out}); {@code /proc} and {@code /dev} are
 * read-only, {@code /tmp} and {@code /dev/shm} small private tmpfs. A seccomp filter forbids new processes (threads
 * only), and prlimit sets resource limits inside the user namespace. The sandbox dies with its launcher.
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
        Path filter = seccompFile();
        if (filter == null) {
            return new Status(false, "no seccomp filter for this architecture (" + System.getProperty("os.arch")
                    + "); the sandbox needs one to forbid new processes", bwrap);
        }
        List<String> cmd = new ArrayList<>(bwrapWithFilter(bwrap, filter));
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
                + " (namespaces, no network, read-only view, no capabilities, no new processes, resource limits)",
                bwrap, prlimit);
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

    private static volatile @Nullable Path seccompFile;

    /**
     * A seccomp filter (classic BPF, as bubblewrap's {@code --seccomp} reads it) that lets the sandbox's process
     * create threads but no new process: {@code fork}, {@code vfork} and {@code clone} without {@code CLONE_THREAD}
     * fail with EPERM, {@code clone3} (whose flags a filter cannot read) with ENOSYS, so that the C library falls back
     * to {@code clone}; system calls of another architecture's ABI (i386, x32) fail. Null on architectures other than
     * x86-64 and AArch64.
     */
    static byte @Nullable [] noNewProcessesFilter() {
        String arch = System.getProperty("os.arch", "");
        int auditArch;
        int clone;
        int[] forks;
        boolean x32;
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            auditArch = 0xC000003E;
            clone = 56;
            forks = new int[] {57, 58};
            x32 = true;
        } else if (arch.equals("aarch64")) {
            auditArch = 0xC00000B7;
            clone = 220;
            forks = new int[0];
            x32 = false;
        } else {
            return null;
        }
        final int ld = 0x20;
        final int jeq = 0x15;
        final int jge = 0x35;
        final int jset = 0x45;
        final int ret = 0x06;
        final int allow = 0x7fff0000;
        final int eperm = 0x00050000 | 1;
        final int enosys = 0x00050000 | 38;
        final int cloneThread = 0x00010000;
        // each instruction: {code, jump-if-true target, jump-if-false target, k}; targets are labels resolved below
        final int next = -1;
        final int lAllow = -2;
        final int lEperm = -3;
        final int lEnosys = -4;
        final int lFlags = -5;
        List<int[]> prog = new ArrayList<>();
        prog.add(new int[] {ld, 0, 0, 4});                      // architecture
        prog.add(new int[] {jeq, next, lEperm, auditArch});
        prog.add(new int[] {ld, 0, 0, 0});                      // system call number
        if (x32) {
            prog.add(new int[] {jge, lEperm, next, 0x40000000});
        }
        prog.add(new int[] {jeq, lEnosys, next, 435});          // clone3
        for (int f : forks) {
            prog.add(new int[] {jeq, lEperm, next, f});         // fork, vfork
        }
        prog.add(new int[] {jeq, lFlags, lAllow, clone});
        int flags = prog.size();
        prog.add(new int[] {ld, 0, 0, 16});                     // clone's flags (low half of the first argument)
        prog.add(new int[] {jset, lAllow, lEperm, cloneThread});
        int allowAt = prog.size();
        prog.add(new int[] {ret, 0, 0, allow});
        int epermAt = prog.size();
        prog.add(new int[] {ret, 0, 0, eperm});
        int enosysAt = prog.size();
        prog.add(new int[] {ret, 0, 0, enosys});
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(prog.size() * 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < prog.size(); i++) {
            int[] in = prog.get(i);
            int[] jumps = new int[2];
            for (int j = 0; j < 2; j++) {
                int t = in[1 + j];
                int target = t == next ? i + 1 : t == lAllow ? allowAt : t == lEperm ? epermAt : t == lEnosys ? enosysAt
                        : t == lFlags ? flags : i + 1;
                jumps[j] = in[0] == ld || in[0] == ret ? 0 : target - i - 1;
            }
            b.putShort((short) in[0]).put((byte) jumps[0]).put((byte) jumps[1]).putInt(in[3]);
        }
        return b.array();
    }

    /**
     * The filter of {@link #noNewProcessesFilter} in a file of this user's own (0600) in the temporary folder, named
     * after its content so that every run reuses it (a killed launcher leaves nothing new behind); a file of that name
     * that is not exactly ours (owner, mode, content, a link) is not used. Null where no filter can be written.
     */
    static @Nullable Path seccompFile() {
        Path f = seccompFile;
        if (f != null && isOurFilter(f, noNewProcessesFilter())) {
            return f;
        }
        byte[] filter = noNewProcessesFilter();
        if (filter == null) {
            return null;
        }
        synchronized (Isolation.class) {
            try {
                String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
                String hash = Integer.toHexString(java.util.Arrays.hashCode(filter));
                Path dir = Path.of(System.getProperty("java.io.tmpdir", "/tmp"));
                Path named = dir.resolve("gvc4j-seccomp-" + user + "-" + hash + ".bpf");
                if (!isOurFilter(named, filter)) {
                    Path t = Files.createTempFile(dir, "gvc4j-seccomp-", ".part");
                    try {
                        Files.write(t, filter);
                        Files.move(t, named, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException e) {
                        named = t; // someone else's file has the name: this process's own, removed on exit
                        t.toFile().deleteOnExit();
                    }
                }
                if (!isOurFilter(named, filter)) {
                    return null;
                }
                seccompFile = named;
                return named;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    private static volatile java.nio.file.attribute.@Nullable UserPrincipal me;

    /** The owner of the files this process creates (from a fresh temporary file: no user-name lookup). */
    private static java.nio.file.attribute.UserPrincipal me() throws IOException {
        java.nio.file.attribute.UserPrincipal u = me;
        if (u == null) {
            Path t = Files.createTempFile("gvc4j-owner-", ".tmp");
            try {
                u = Files.getOwner(t, LinkOption.NOFOLLOW_LINKS);
            } finally {
                Files.deleteIfExists(t);
            }
            me = u;
        }
        return u;
    }

    private static boolean isOurFilter(Path f, byte @Nullable [] filter) {
        try {
            java.nio.file.attribute.PosixFileAttributes a = Files.readAttributes(f,
                    java.nio.file.attribute.PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return filter != null && a.isRegularFile() && a.owner().equals(me())
                    && a.permissions().stream().allMatch(p -> p == java.nio.file.attribute.PosixFilePermission.OWNER_READ
                    || p == java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
                    && java.util.Arrays.equals(Files.readAllBytes(f), filter);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The start of a bubblewrap command line that loads the filter: bubblewrap reads it from a file descriptor,
     * which a shell opens ({@code sh -c 'exec 3<"$0"; exec "$@"' FILTER bwrap --seccomp 3 ...}).
     */
    static List<String> bwrapWithFilter(Path bwrap, Path filter) {
        return List.of("/bin/sh", "-c", "exec 3<\"$0\" || exit 125; exec \"$@\"", filter.toString(), bwrap.toString(),
                "--seccomp", "3");
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
        Path filter = seccompFile();
        if (filter == null || iso.bwrap() == null) {
            throw new IllegalStateException("OS isolation is not available here");
        }
        List<String> cmd = new ArrayList<>(bwrapWithFilter(iso.bwrap(), filter));
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
        // fonts and their configuration (read-only, public files): charts (chart(c, name) in recipes) draw text with
        // them; without them the JVM's font manager fails and no chart can be drawn in the sandbox
        for (String d : List.of("/etc/fonts", "/usr/share/fonts", "/usr/share/fontconfig", "/var/cache/fontconfig",
                "/usr/local/share/fonts")) {
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
