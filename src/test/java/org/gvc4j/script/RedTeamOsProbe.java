package org.gvc4j.script;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Plain Java run as the sandbox's main class by {@link RedTeamCorpusTest}: what a process that escaped the JVM's
 * language layer tries next, one line per attempt, {@code NAME: blocked (...)} or {@code NAME: ESCAPED (...)}.
 * Only attempts the OS layer contains are here (the ones once open in redteam-open/os-*.md included: see
 * src/test/resources/recipes/redteam/os/); any it does not contain would be described in redteam-open. Arguments: the staging folder, a unix socket path on the host
 * outside the view, a read-only file inside the view, the launcher's pid.
 */
public final class RedTeamOsProbe {
    private RedTeamOsProbe() {
    }

    public static void main(String[] args) {
        Path staging = Path.of(args[0]);
        Path hostSocket = Path.of(args[1]);
        Path readOnlyFile = Path.of(args[2]);
        long launcher = Long.parseLong(args[3]);
        OsBoundaryProbe.attempt("sysfs", () -> String.join(",", OsBoundaryProbe.list(Path.of("/sys"))));
        OsBoundaryProbe.attempt("controlling-tty", () -> {
            try (var f = new java.io.FileOutputStream("/dev/tty")) {
                return "opened /dev/tty (TIOCSTI could type into the user's shell)";
            }
        });
        OsBoundaryProbe.attempt("network-interfaces", () -> {
            List<String> ifs = Files.readAllLines(Path.of("/proc/net/dev")).stream().skip(2)
                    .map(l -> l.trim().split(":")[0]).filter(n -> !n.equals("lo")).toList();
            if (ifs.isEmpty()) {
                throw new IllegalStateException("loopback only");
            }
            return String.join(",", ifs);
        });
        OsBoundaryProbe.attempt("host-unix-socket", () -> {
            try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                ch.connect(UnixDomainSocketAddress.of(hostSocket));
                return "connected to " + hostSocket;
            }
        });
        OsBoundaryProbe.attempt("launcher-proc-entry", () -> {
            if (!Files.exists(Path.of("/proc", Long.toString(launcher)))) {
                throw new IllegalStateException("no /proc/" + launcher);
            }
            return Files.readString(Path.of("/proc", Long.toString(launcher), "cmdline"));
        });
        OsBoundaryProbe.attempt("shell-binaries", () -> String.join(",", OsBoundaryProbe.list(Path.of("/usr/bin"))));
        OsBoundaryProbe.attempt("etc-passwd-group", () -> Files.readString(Path.of("/etc/group")));
        OsBoundaryProbe.attempt("ssh-keys", () -> String.join(",", OsBoundaryProbe.list(Path.of("/root/.ssh"))));
        OsBoundaryProbe.attempt("hardlink-read-only-file-into-staging", () ->
                Files.createLink(staging.resolve("hardlink"), readOnlyFile).toString());
        OsBoundaryProbe.attempt("write-read-only-file", () -> {
            Files.writeString(readOnlyFile, "x");
            return "overwrote " + readOnlyFile;
        });
        OsBoundaryProbe.attempt("rename-out-of-staging", () -> {
            Path f = Files.writeString(staging.resolve("f.txt"), "x");
            Files.move(f, readOnlyFile.resolveSibling("moved.txt"));
            return "moved a file out of staging";
        });
        // (formerly redteam-open/os-proc-sys-writable-as-root.md) global kernel tunables: the sandbox of a launcher
        // running as root is root's uid on the host, which passes the owner check of /proc/sys; opened for writing
        // only (nothing is written) where a write would matter, a same-value write where it would not
        OsBoundaryProbe.attempt("proc-sys-same-value-write", () -> {
            Path p = Path.of("/proc/sys/fs/lease-break-time");
            Files.writeString(p, Files.readString(p));
            return "wrote the global sysctl fs.lease-break-time";
        });
        OsBoundaryProbe.attempt("proc-sys-core-pattern-open-for-write", () -> {
            try (var ch = java.nio.channels.FileChannel.open(Path.of("/proc/sys/kernel/core_pattern"),
                    java.nio.file.StandardOpenOption.WRITE)) {
                return "kernel.core_pattern is open for writing";
            }
        });
        OsBoundaryProbe.attempt("proc-sysrq-trigger-open-for-write", () -> {
            try (var ch = java.nio.channels.FileChannel.open(Path.of("/proc/sysrq-trigger"),
                    java.nio.file.StandardOpenOption.WRITE)) {
                return "/proc/sysrq-trigger is open for writing";
            }
        });
        // (formerly os-dev-tmpfs-unbounded.md) memory-backed storage beyond /tmp's 256 MB
        OsBoundaryProbe.attempt("fill-dev-shm", () -> fill(Path.of("/dev/shm/fill"), 8));
        OsBoundaryProbe.attempt("write-dev", () -> fill(Path.of("/dev/fill"), 1));
        // (formerly os-no-process-or-memory-limits.md) a second JVM with a larger heap, and the limits themselves
        OsBoundaryProbe.attempt("start-jvm-with-8g-heap", () -> {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx8g", "-version").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + ": " + out.lines().findFirst().orElse(""));
            }
            return "a JVM with an 8 GB heap ran";
        });
        OsBoundaryProbe.attempt("start-any-process", () -> {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m", "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return "started a JVM, exit " + p.waitFor();
        });
        OsBoundaryProbe.attempt("threads-still-work", () -> {
            Thread t = new Thread(() -> { });
            t.start();
            t.join();
            throw new IllegalStateException("allowed: a thread ran");
        });
        OsBoundaryProbe.attempt("resource-limits-missing", () -> {
            List<String> missing = new java.util.ArrayList<>();
            for (String l : Files.readAllLines(Path.of("/proc/self/limits"))) {
                String[] w = l.trim().split("\\s{2,}");
                if (w.length < 3) {
                    continue;
                }
                boolean unlimited = w[1].equals("unlimited") || w[2].equals("unlimited");
                if ((w[0].equals("Max address space") || w[0].equals("Max file size")
                        || w[0].equals("Max processes")) && unlimited
                        || w[0].equals("Max core file size") && !(w[1].equals("0") && w[2].equals("0"))) {
                    missing.add(l.trim());
                }
            }
            if (missing.isEmpty()) {
                throw new IllegalStateException("core 0; address space, file size and processes limited");
            }
            return String.join("; ", missing);
        });
        OsBoundaryProbe.attempt("environment", () -> {
            Set<String> ok = Set.of("LANG", "HOME", "PATH", "PWD", "OPENBLAS_NUM_THREADS", "LC_ALL", "MALLOC_ARENA_MAX");
            List<String> extra = System.getenv().keySet().stream().filter(k -> !ok.contains(k)).sorted().toList();
            if (extra.isEmpty()) {
                throw new IllegalStateException("only " + System.getenv().keySet());
            }
            return String.join(",", extra);
        });
    }

    private static String fill(Path p, int megabytes) throws java.io.IOException {
        byte[] mb = new byte[1 << 20];
        try (var o = Files.newOutputStream(p)) {
            for (int i = 0; i < megabytes; i++) {
                o.write(mb);
            }
        } finally {
            Files.deleteIfExists(p);
        }
        return "wrote " + megabytes + " MB to " + p;
    }
}
