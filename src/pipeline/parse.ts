/**
 * The pipeline in one place: bytes → text → lines → stories → grammar → compose.
 * src/pipeline/stream.ts runs the same pipeline story by story over a stream.
 */
import { asciiSlice, decodeBytes, decodesAsAscii, decodingWarnings, type Decoding, type EncodingName } from '../bytes/decode.js';
import { toLine, type Line } from '../lines/line.js';
import type { StoryContext, StoryTree } from '../grammar/tree.js';
import type { Dialect, Story } from '../schema/story.js';
import { compose } from '../compose/compose.js';
import { story } from '../grammar/story.js';
import { profileById } from '../profiles/index.js';
import { checkStray, checkUnclosed } from '../stories/continuity.js';
import { StoryBoundaries } from '../stories/segment.js';
import { LineSplitter } from '../text/split-lines.js';

export interface ParseOptions {
  /** The path to report in `source` (`-` for stdin). */
  source?: string;
  dialect?: Dialect;
  /** Agency profile id to use instead of detecting one. */
  profile?: string;
  referenceDate?: Date;
}

export interface BytesOptions extends ParseOptions {
  encoding?: EncodingName;
}

export type { Decoding };

/** Shown each story's tree beside the story composed from it (`wireparse explain`). */
export type TreeObserver = (tree: StoryTree, story: Story) => void;

/** Parses the lines of one story segment. */
export function parseSegment(lines: readonly Line[], index: number, options: ParseOptions, decoding: Decoding, observe?: TreeObserver): Story {
  const ctx: StoryContext = {
    source: options.source ?? '-',
    index,
    encoding: decoding.encoding,
    dialect: options.dialect,
    profile: options.profile === undefined ? undefined : profileById(options.profile),
    referenceDate: options.referenceDate,
  };
  const tree = story(lines, ctx);
  const parsed = compose(tree, ctx);
  // Most input is UTF-8 read without a doubt; a spread push for every story is dear on this hot path.
  if (decoding.fellBack || decoding.doubts.length > 0) parsed.warnings.push(...decodingWarnings(decoding));
  if (observe !== undefined) observe(tree, parsed);
  return parsed;
}

/**
 * Text, given in pieces, → lines → stories, each story parsed as soon as the next one begins
 * (StoryBoundaries cuts where `segment` does). The whole-text parse and the stream
 * (src/pipeline/stream.ts) both read through it. A story's lines are dropped once it is parsed:
 * holding every Line of a large file to the end made garbage collection a fifth of parse time,
 * since lines that live that long are copied out of the young generation.
 */
export class StoryReader {
  private readonly splitter = new LineSplitter(toLine);
  private readonly boundaries = new StoryBoundaries();
  /** Lines split off and not yet read. */
  private readonly pending: Line[] = [];
  private story: Line[] = [];
  private index = 0;
  /** The story read before, which the next is checked against (continuity.ts). */
  private previous: Story | undefined = undefined;

  /** `decoding` is read as each story is parsed: a stream may fall back to another encoding midway. */
  constructor(
    private readonly options: ParseOptions,
    private readonly decoding: Decoding,
    private readonly observe?: TreeObserver,
  ) {}

  /** Lines gathered for the story not yet complete. */
  get gatheredLines(): number {
    return this.story.length;
  }

  /** Reads the next piece of text; the stories it completes are appended to `out`. */
  push(text: string, out: Story[]): void {
    this.splitter.push(text, this.pending);
    this.take(out);
  }

  /** Ends the text: the last story (or the one empty story of an empty text) goes to `out`. */
  end(out: Story[]): void {
    this.splitter.end(this.pending);
    this.take(out);
    if (this.story.length > 0) this.complete(out);
  }

  private take(out: Story[]): void {
    for (const line of this.pending) {
      if (this.boundaries.next(line)) this.complete(out);
      // An indexed store rather than push: each new array starts with the small-integer elements
      // kind, so an inlined push of a Line deoptimizes once, and V8 then calls the generic push
      // builtin for every line. The store is re-optimized instead.
      const story = this.story;
      story[story.length] = line;
    }
    this.pending.length = 0;
  }

  /** Parses the story whose lines are gathered, and starts the next. */
  private complete(out: Story[]): void {
    const story = parseSegment(this.story, this.index++, this.options, this.decoding, this.observe);
    checkStray(this.previous, story);
    this.previous = story;
    this.story = [];
    // An indexed store, as in take: each input's `out` begins empty, with the small-integer kind.
    out[out.length] = story;
  }
}

/**
 * How much text the whole-text parse hands the reader at a time (a few hundred lines). The lines
 * of a piece are all alive until the reader has read them: fewer of them are caught by a
 * young-generation collection and copied than with 64K pieces (a few thousand lines).
 */
export const PIECE = 16 * 1024;

/** A text of `length` characters to be read piece by piece: `piece(from, to)` is its text [from, to). */
export interface PiecedText {
  length: number;
  piece(from: number, to: number): string;
  decoding: Decoding;
}

/**
 * A file's bytes as text to read piece by piece, the encoding judged on all of them. Bytes of
 * ASCII only (most wire copy) are decoded a piece at a time, as the reader takes them.
 */
export function wholeText(bytes: Uint8Array, options: BytesOptions): PiecedText {
  if (decodesAsAscii(bytes, options.encoding)) {
    return { length: bytes.length, piece: (from, to) => asciiSlice(bytes, from, to), decoding: { encoding: options.encoding ?? 'utf-8', fellBack: false, doubts: [] } };
  }
  const decoded = decodeBytes(bytes, options.encoding);
  return { length: decoded.text.length, piece: (from, to) => decoded.text.slice(from, to), decoding: { encoding: decoded.encoding, fellBack: decoded.fellBack, doubts: decoded.doubts } };
}

function parsePieces(text: PiecedText, options: ParseOptions, observe?: TreeObserver): Story[] {
  const reader = new StoryReader(options, text.decoding, observe);
  const stories: Story[] = [];
  for (let at = 0; at < text.length; at += PIECE) reader.push(text.piece(at, Math.min(text.length, at + PIECE)), stories);
  reader.end(stories);
  checkUnclosed(stories);
  return stories;
}

/** Parses decoded text into its stories. */
export function parseText(text: string, options: ParseOptions = {}, encoding = 'utf-8', observe?: TreeObserver): Story[] {
  return parsePieces({ length: text.length, piece: (from, to) => text.slice(from, to), decoding: { encoding, fellBack: false, doubts: [] } }, options, observe);
}

/** Decodes and parses a file's bytes; a single-byte fallback is reported on every story. */
export function parseBytes(bytes: Uint8Array, options: BytesOptions = {}, observe?: TreeObserver): Story[] {
  return parsePieces(wholeText(bytes, options), options, observe);
}
