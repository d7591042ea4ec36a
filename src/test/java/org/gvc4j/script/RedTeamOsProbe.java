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
 * Only attempts the OS layer contains are here; those it does not contain are described in
 * src/test/resources/recipes/redteam-open/os-*.md. Arguments: the staging folder, a unix socket path on the host
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
        OsBoundaryProbe.attempt("environment", () -> {
            Set<String> ok = Set.of("LANG", "HOME", "PATH", "PWD", "OPENBLAS_NUM_THREADS", "LC_ALL", "MALLOC_ARENA_MAX");
            List<String> extra = System.getenv().keySet().stream().filter(k -> !ok.contains(k)).sorted().toList();
            if (extra.isEmpty()) {
                throw new IllegalStateException("only " + System.getenv().keySet());
            }
            return String.join(",", extra);
        });
    }
}
