package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.gvc4j.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message picocli's option parsing produces reaches the terminal through the one filter
 * ({@link SandboxLauncher#printable(String)}): ESC, BEL, CR and bidi overrides in option names and values of every
 * command become '?', and the error stays one line.
 */
class TerminalFilterTest {

    static List<Arguments> hostileArguments() {
        String[] bad = {"\u001b[31m", "\u0007", "\r", "\u202e", "\u2066", "\u009b"};
        List<Arguments> cases = new java.util.ArrayList<>();
        for (String cmd : List.of("run", "demo", "info", "convert", "bench", "estimate", "code-texts", "panel")) {
            for (String b : bad) {
                cases.add(one(cmd, "--bad" + b + "x"));          // unknown option name
                cases.add(one(cmd, "--bad=" + b));                // unknown option with a value
            }
        }
        for (String b : bad) {
            cases.add(one("no-such-command" + b));                // unknown subcommand
            cases.add(one("run", "--max-heap", "12" + b + "q", "r.groovy")); // a value the option refuses
            cases.add(one("run", "--max-output", b, "r.groovy"));
        }
        return cases;
    }

    private static Arguments one(String... args) {
        return Arguments.of((Object) args);
    }

    @ParameterizedTest
    @MethodSource("hostileArguments")
    void optionErrorsAreFilteredAndOneLine(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        String all = out + "" + err;
        assertTrue(code != 0, "refused: " + String.join(" ", args));
        for (char c : all.toCharArray()) {
            boolean control = (c < 0x20 && c != '\n') || c == 0x7f || (c >= 0x80 && c < 0xa0)
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            assertTrue(!control, "control character U+" + Integer.toHexString(c) + " reached the terminal: " + all);
        }
        String text = err.toString().strip();
        assertTrue(text.startsWith("gvc: ") || text.startsWith("--max-"), text);
        assertEquals(1, text.lines().count(), "one line: " + text);
        if (!text.contains("Missing required")) { // picocli names a missing parameter before an unknown option
            assertTrue(text.contains("?"), "the hostile character is shown as '?': " + text);
        }
    }
}
