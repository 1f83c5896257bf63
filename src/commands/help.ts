/**
 * What `--help` shows after the options: examples, exit codes and the environment variables read,
 * as man pages and ripgrep's help end. Kept apart from main.ts so that the text is one place.
 */

export const MAIN_HELP_AFTER = `
Examples:
  wireparse story.txt                      JSON on stdout
  wireparse -f summary story.txt           labelled parts for a person
  wireparse -f ndjson archive/ > out.ndjson
  wireparse -f ndjson 'wire/**/*.txt'      a quoted glob, expanded by wireparse
  wireparse -o out/ archive/               one output file per input below out/
  wireparse --output all.json a.txt b.txt  one output file for every input
  cat feed.txt | wireparse -f ndjson       stdin
  wireparse -- schema                      a file named "schema" (after --, every word is a path)
  wireparse help check                     help for a command

Folders are walked as ripgrep walks them: hidden files and folders and version-control folders
are left out (--hidden reads hidden ones), and so is what .gitignore (inside a git repository)
and .ignore files name (--no-ignore reads it).

Exit codes:
  0    every input was read and parsed
  1    an input could not be read or parsed, or an output not written (the others went through)
  2    usage error (unknown option, bad value, no input on a terminal, -o naming a file)
  130  interrupted by Ctrl-C; 143 stopped by SIGTERM (no partial output file is left)

Environment:
  NO_COLOR      any value but empty: no colour (unless --color=always)
  FORCE_COLOR   colour even when stdout is not a terminal (0 or false: no colour)
  COLUMNS       the width of the summary format when stdout is not a terminal
`;

export const CHECK_HELP_AFTER = `
Examples:
  wireparse check feeds/
  wireparse check --require headline,dateline,body feeds/
  wireparse check --ignore-warning date-without-year --max-warnings 0 feeds/
  wireparse check --reporter sarif feeds/ > wireparse.sarif   GitHub code scanning
  wireparse check --reporter junit feeds/ > wireparse.xml

Options may also come from wireparse.config.json, or the "wireparse" key of package.json, in
the current folder or the nearest folder above it (--config FILE names one, --no-config reads
none); options on the command line win.

Exit codes:
  0    no error (with --strict, no warning either; with --max-warnings N, at most N warnings)
  1    an error was found, or too many warnings, or no input held a story (without --allow-empty)
  2    usage error (unknown option, reporter, part or code; a bad configuration file)

Environment:
  NO_COLOR, FORCE_COLOR   as for wireparse: colour of the text report
`;
