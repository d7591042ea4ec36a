// CONTAINED (was in redteam-open): fills the host's disk through the allowed API.
// Now: the run has an output budget (--max-output, default 2g): each file is capped by RLIMIT_FSIZE (the save fails
// with "File too large"), the launcher measures the staging folder while the recipe runs and stops it past the budget
// (or past 20,000 files and folders), and checks the total again before publishing; the refusal names the limit and
// the option, and nothing reaches --out. Test: RedTeamCorpusTest#diskFillStopsAtTheOutputBudget (--max-output 1m).
// Original finding:
// ESCAPES the sandbox's resource limits: fills the host's disk through the allowed API.
// Run: gvc run --sandbox --out OUT --param n=1000000 disk-fill.groovy OUT
// Each save writes a ~100 MB CSV into the staging folder, which lives on the host file system next to --out and has
// no quota; nothing counts bytes or files. Measured here: 825 MB in about 30 s of recipe time (CSV formatting on two
// shared cores), i.e. ~16 GB within the default --timeout of 600 s, and unbounded with --timeout up to 7 days or a
// faster writer. The staging folder is deleted when the recipe fails or is killed, but the disk is full while it runs
// (other users' writes fail), and on success everything lands in --out. Many small files exhaust inodes the same way.
// Cause: --timeout and --max-heap are the only limits; the writable place is the host disk.
// Suggested fix: a byte and file-count budget for the run (counted in OutputFiles/GvcScript.save and enforced by the
// OS layer, e.g. staging on a size-limited tmpfs or a quota'd loop mount, copied into --out on success).
double[] xs = new double[3_000_000]
Arrays.fill(xs, 0.123456789012345d)
def t = Table.create("t", DoubleColumn.create("x", xs), DoubleColumn.create("y", xs))
int n = Integer.parseInt(param("n", "10"))
for (int i = 0; i < n; i++) {
    save(t, args[0] + "/fill" + i + ".csv")
}
