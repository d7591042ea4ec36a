// CONTAINED (was in redteam-open), step 2 of 2: publication is now checked as a whole before anything moves
// (StagedOutput: types against --out, only files and folders, the budget), so the run fails with "the results hold a
// file zz.csv where OUT has a folder of that name; nothing was written" and OUT is as it was.
// Test: RedTeamCorpusTest#aFailingPublicationLeavesOutAsItWas.
// Original finding:
// ESCAPES all-or-nothing output (step 2 of 2): the run fails, yet part of its results is left in --out.
// Run: gvc run --sandbox --out OUT partial-publish-strike.groovy OUT
// Result: exit 1, "cannot move the results into OUT: Is a directory", and OUT/a-first.csv is there (replacing any
// earlier a-first.csv). Publishing merges the staging folder into a non-empty --out entry by entry, in name order:
// a-first.csv is moved, then the staged FILE "zz.csv" cannot replace the existing FOLDER "zz.csv", and the error stops the
// merge half way; the rest of the staging folder is discarded.
// Cause: OutputFiles.publish/merge is not transactional: conflicts (file vs folder, link types) are found while
// moving, not before.
// Suggested fix: check every staged entry against the target first (type conflicts, non-regular files) and refuse
// before moving anything; or merge into a copy of the target and swap it in with one rename.
def r = demo().decompose().bm2023().exporters()
save(r, args[0] + "/a-first.csv")
save(r, args[0] + "/zz.csv")
