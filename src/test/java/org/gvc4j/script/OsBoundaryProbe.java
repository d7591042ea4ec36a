package org.gvc4j.script;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain Java, no language layer: run as the sandbox's main class inside the OS boundary, it tries what an escaped
 * recipe would try and prints one line per attempt, {@code NAME: blocked (...)} or {@code NAME: ESCAPED (...)}.
 * Arguments: a secret file outside the view, a read-only folder inside it, the writable staging folder, a loopback
 * port open outside, a host /tmp marker file, the launcher's pid.
 */
public final class OsBoundaryProbe {
    private OsBoundaryProbe() {
    }

    interface Attempt {
        String run() throws Exception;
    }

    static void attempt(String name, Attempt a) {
        try {
            System.out.println(name + ": ESCAPED (" + a.run() + ")");
        } catch (Throwable t) {
            System.out.println(name + ": blocked (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")");
        }
    }

    public static void main(String[] args) {
        Path secret = Path.of(args[0]);
        Path readOnly = Path.of(args[1]);
        Path staging = Path.of(args[2]);
        int port = Integer.parseInt(args[3]);
        Path hostTmpMarker = Path.of(args[4]);
        long launcher = Long.parseLong(args[5]);
        attempt("read-secret", () -> Files.readString(secret));
        attempt("read-etc-passwd", () -> Files.readString(Path.of("/etc/passwd")));
        attempt("read-etc-shadow", () -> Files.readString(Path.of("/etc/shadow")));
        attempt("read-etc-hostname", () -> Files.readString(Path.of("/etc/hostname")));
        attempt("list-home", () -> String.join(",", list(Path.of("/home"))));
        attempt("list-root-home", () -> {
            List<String> names = list(Path.of("/root"));
            if (names.equals(List.of(".m2"))) {
                throw new IllegalStateException("only the mount points of Maven's jars"); // the test's class path
            }
            return String.join(",", names);
        });
        attempt("write-read-root", () -> Files.writeString(readOnly.resolve("pwned.txt"), "x").toString());
        attempt("write-next-to-secret", () -> Files.writeString(secret.resolveSibling("pwned.txt"), "x").toString());
        attempt("write-usr", () -> Files.writeString(Path.of("/usr/lib/pwned.txt"), "x").toString());
        attempt("write-root", () -> Files.writeString(Path.of("/pwned.txt"), "x").toString());
        attempt("fill-tmp", () -> {
            byte[] mb = new byte[1 << 20];
            try (var out = Files.newOutputStream(Path.of("/tmp/fill"))) {
                for (int i = 0; i < 2048; i++) {
                    out.write(mb);
                }
            }
            return "wrote 2 GB to /tmp";
        });
        attempt("write-classpath", () -> {
            String cp = System.getProperty("java.class.path").split(":")[0];
            Path p = Files.isDirectory(Path.of(cp)) ? Path.of(cp, "pwned.txt") : Path.of(cp + ".pwned");
            return Files.writeString(p, "x").toString();
        });
        attempt("connect-loopback-outside", () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
                return "connected";
            }
        });
        attempt("connect-internet", () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("1.1.1.1", 53), 2000);
                return "connected";
            }
        });
        attempt("resolve-dns", () -> java.net.InetAddress.getByName("example.com").toString());
        attempt("env-secret", () -> {
            String v = System.getenv("GVC_TEST_SECRET");
            if (v == null) {
                throw new IllegalStateException("absent");
            }
            return v;
        });
        attempt("see-launcher-process", () -> {
            if (ProcessHandle.of(launcher).isEmpty()) {
                throw new IllegalStateException("invisible");
            }
            return "visible";
        });
        attempt("see-other-processes", () -> {
            long n = ProcessHandle.allProcesses().count();
            if (n > 4) {
                return n + " processes";
            }
            throw new IllegalStateException(n + " processes");
        });
        attempt("host-tmp", () -> {
            if (!Files.exists(hostTmpMarker)) {
                throw new IllegalStateException("private /tmp");
            }
            return "host /tmp visible";
        });
        attempt("exec-shell", () -> "exit " + new ProcessBuilder("/bin/sh", "-c", "id").start().waitFor());
        attempt("capabilities", () -> {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("CapEff:") && !l.endsWith("0000000000000000")) {
                    return l;
                }
            }
            throw new IllegalStateException("none");
        });
        attempt("write-staging", () -> {
            Files.writeString(staging.resolve("allowed.txt"), "ok");
            throw new IllegalStateException("allowed: written");
        });
    }

    static List<String> list(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.forEach(p -> out.add(p.getFileName().toString()));
        }
        if (out.isEmpty()) {
            throw new IOException("empty");
        }
        return out;
    }
}
