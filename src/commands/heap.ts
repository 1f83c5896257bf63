/**
 * The young generation the parser is run with where wireparse starts the thread itself (the
 * batch's workers), and the one the README recommends to library callers (`node
 * --max-semi-space-size=64`).
 *
 * Why: a whole-text parse keeps every story of the text until it returns, so each scavenge of
 * V8's young generation copies all the stories made since the one before (and promotes them on
 * the second). With Node's default 16 MB semi-space a 1 MB feed file of a thousand stories paid
 * for about two scavenges of a few megabytes of live stories each, and the collector was a
 * fifth to a third of parse time; with 64 MB semi-spaces most stories reach the end of their file
 * before a scavenge comes, and parsing the Reuters feed files went from about 65 to about 90 MB/s
 * (bench/RESULTS.md measures both). V8 rounds semi-spaces to powers of two: 48 MB gives 64.
 * The young generation grows to this only while most of what it holds survives, as it does
 * there; converting small files leaves it small.
 */
export const SEMI_SPACE_MB = 64;

/** The same for a worker's resourceLimits, which V8 takes as the young generation: two semi-spaces and a new large-object space as big as one. */
export const YOUNG_GENERATION_MB = 3 * SEMI_SPACE_MB;
