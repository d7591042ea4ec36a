// expect-ok
// Contained (was in redteam-open): a table folder shipped with a recipe holds Z.csv as a symbolic link to a file
// outside the read roots, and the recipe prints the reader's error, hoping for the file's cells in it. The readers
// open the files of a table folder through one guarded opener (InputFiles.inside): a symbolic link, a path whose real
// path leaves the folder and anything but a regular file are refused before a byte is read, and excerpts of cells and
// labels in messages are cut at 40 characters with control characters escaped. Run here on an empty output folder
// (the load fails harmlessly); RedTeamCorpusTest#symlinkInTableFolderIsRefused plants the link and asserts the refusal.
try { load(args[0]) } catch (Exception e) { println "LEAKED: " + e.message }
