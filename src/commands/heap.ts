/**
 * The young generation the README recommends to library callers of the whole-text parse (`node
 * --max-semi-space-size=64`), and that the bench measures against Node's default.
 *
 * Why: parseText and parseBytes keep every story of the text until they return, so each
 * scavenge of V8's young generation copies all the stories made since the one before (and
 * promotes them on the second). With Node's default 16 MB semi-space a 1 MB feed file of a
 * thousand stories paid for about two scavenges of a few megabytes of live stories each; with
 * 64 MB semi-spaces most stories reach the end of their file before a scavenge comes
 * (bench/RESULTS.md measures both). The CLI does not need it: it hands each story on and drops
 * it (commands/engine.ts), so its stories die young, and its worker threads run with Node's
 * default young generation, which kept a two-worker run over 150,000 one-line stories at 180 MB
 * where 64 MB semi-spaces took it to 255 MB.
 */
export const SEMI_SPACE_MB = 64;
