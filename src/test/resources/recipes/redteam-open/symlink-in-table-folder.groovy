// ESCAPES the language layer in --language-only mode: reads a file outside the allowed paths and leaks its content.
// Setup (a data bundle shipped with the recipe; the user passes the folder as instructed):
//   mkdir data && ln -s /home/user/.config/some-app/credentials.csv data/Z.csv
//   GVC_JAVA_OPTS=-Dgvc4j.sandbox.isolation=off gvc run --sandbox --language-only --out out symlink-in-table-folder.groovy data
// Output (verified with a file "user,password\nalice,hunter2" outside the read roots):
//   LEAKED: .../data/Z.csv line 3, row "alice", column "password": "hunter2" is not a number; ...
// Every cell that is not a number comes back in the message, so any CSV-like file (and the first line of others)
// is readable; the recipe can print it or save it into --out. With the OS layer the link points outside the view
// and the read fails ("is a symbolic link to nothing"), so this needs --language-only (offered where bubblewrap is
// missing: macOS, containers without user namespaces).
// Cause: GvcScript.load confines only the folder's real path; CsvFolderReader/InputFiles then open Z.csv, Y.csv, ...
// following symbolic links without checking where they lead.
// Suggested fix: in confined runs, resolve every file a reader opens (folder members, zip members on disk) against
// the read roots, or open them with NOFOLLOW_LINKS; and do not echo non-numeric cell text back in full.
try { load(args[0]) } catch (Exception e) { println "LEAKED: " + e.message }
