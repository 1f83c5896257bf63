/**
 * The pipeline in one place: bytes → text → lines → stories → parts.
 */
import { decodeBytes, type EncodingName } from './bytes/decode.js';
import { toLines } from './lines/line.js';
import type { Dialect, Story } from './schema/story.js';
import { parseStory } from './parts/story.js';
import { checkContinuity } from './stories/continuity.js';
import { segment } from './stories/segment.js';
import { splitLines } from './text/split-lines.js';

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

/** Parses decoded text into its stories. */
export function parseText(text: string, options: ParseOptions = {}, encoding = 'utf-8'): Story[] {
  const lines = toLines(splitLines(text));
  const stories = segment(lines).map((seg, index) =>
    parseStory(lines.slice(seg.from, seg.to), {
      source: options.source ?? '-',
      index,
      encoding,
      dialect: options.dialect,
      profile: options.profile,
      referenceDate: options.referenceDate,
    }),
  );
  checkContinuity(stories);
  return stories;
}

/** Decodes and parses a file's bytes; a single-byte fallback is reported on every story. */
export function parseBytes(bytes: Uint8Array, options: BytesOptions = {}): Story[] {
  const decoded = decodeBytes(bytes, options.encoding);
  const stories = parseText(decoded.text, options, decoded.encoding);
  if (decoded.fellBack) {
    for (const story of stories) {
      story.warnings.push({
        code: 'encoding-fallback',
        message: `not valid UTF-8; decoded as ${decoded.encoding}`,
        line: null,
      });
    }
  }
  return stories;
}
