// CONTAINED (was in redteam-open), step 1 of 2. Test: RedTeamCorpusTest#aFailingPublicationLeavesOutAsItWas.
// Original finding:
// ESCAPES all-or-nothing output (step 1 of 2; see partial-publish-strike.groovy).
// Run: gvc run --sandbox --out OUT partial-publish-setup.groovy OUT      (succeeds; OUT/zz.csv/f.csv now exists)
// Any non-empty folder already in --out works in place of this step (e.g. one written by an earlier, honest recipe,
// whose folder names are predictable).
save(demo().decompose().bm2023().exporters(), args[0] + "/zz.csv/f.csv")
