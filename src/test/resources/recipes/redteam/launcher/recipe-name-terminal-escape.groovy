// CONTAINED (was in redteam-open): terminal escapes in the recipe's FILE NAME.
// Now: RunCommand makes the name printable once (SandboxLauncher.printable), and every launcher message (header, read
// roots, refusals, timeouts, publication) goes through the same filter; each message is printed once.
// Test: RedTeamCorpusTest#aRecipeNameWithTerminalEscapesReachesTheTerminalOnlyAsText.
// Original finding:
// ESCAPES the output filtering: corrupts the user's terminal through the recipe's FILE NAME.
// Save this recipe under a name that holds escape sequences, e.g. in bash:
//   cp recipe-name-terminal-escape.groovy $'evil\e]0;PWNED-TITLE\a\e[2J.groovy'
//   gvc run --sandbox --out out $'evil\e]0;PWNED-TITLE\a\e[2J.groovy' out
// The recipe saves a file and then fails. The child's own message is filtered ("evil?]0;PWNED-TITLE??[2J.groovy:LINE:
// fail after saving"), but the launcher then prints, unfiltered:
//   evil<ESC>]0;PWNED-TITLE<BEL><ESC>[2J.groovy: nothing was written to .../out (the recipe did not finish; ...)
// which sets the terminal title and clears the screen (any OSC/CSI sequence works: OSC 52 writes the clipboard on
// many terminals). The same raw display name is printed on a timeout, an unexpected exit and a failed publication.
// Recipes are shared as files (archives, gists), so their names are attacker-controlled. The launcher's first line
// ("gvc sandbox: ...; reads PATHS; writes OUT") prints the read roots the same way, so a folder of a shipped data
// bundle whose name holds escape sequences does the same as soon as the user passes it.
// Cause: SandboxLauncher/RunCommand print `display` (recipe.toString()) as is; only the child's streams go through
// SandboxLauncher.printable.
// Suggested fix: make the display name printable once where it is built (RunCommand: replace control, C1 and bidi
// characters), and route every launcher message through the same filter as the child's output.
save(demo().decompose().bm2023().exporters(), args[0] + "/x.csv")
throw new IllegalStateException("fail after saving")
