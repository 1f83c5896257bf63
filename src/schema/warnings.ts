/**
 * Every problem code wireparse reports, in one place: the parser's story warnings, the problems
 * `wireparse check` finds with an input file, and the parts `check --require` can demand. The
 * parser, `check`, its reporters and the README's table all read this list, so a code is spelled
 * and described once.
 */

/** How bad a problem is: an `error` always fails `wireparse check`, a `warning` with `--strict`. */
export type Level = 'error' | 'warning';

export interface ProblemCode {
  code: string;
  level: Level;
  description: string;
  /** `file` when the problem is the same for every story of a file (reported once per file). */
  scope?: 'file';
}

/** What the parser itself notices in a story (the `warnings` array of a story). */
export const STORY_WARNINGS = {
  'encoding-fallback': { level: 'warning', scope: 'file', description: 'the input is not valid UTF-8 and was decoded in the code page detected for it (see Encodings)' },
  'encoding-unsure': { level: 'warning', scope: 'file', description: 'the code page detected for input that is not UTF-8 is a guess that may be wrong (low confidence, or the best match is a code page wireparse does not read): check the text, or name the encoding with `--encoding`' },
  'undecodable-bytes': { level: 'warning', scope: 'file', description: 'bytes that the encoding does not map (or a last half UTF-16 code unit) were read as U+FFFD' },
  'unclosed-transmission': { level: 'warning', description: 'a transmission has its STX but no ETX (cut off in the capture)' },
  'missing-stx': { level: 'warning', description: 'a transmission header is not followed by STX: the text is read from the line after the header' },
  'unclosed-story': { level: 'warning', description: 'a story ends without the end marker or sign-off that the other stories of its file carry' },
  'text-after-footer': { level: 'warning', description: "a stray line after a story's end marker, with no story shape of its own" },
  'unknown-agency': { level: 'warning', description: 'the dateline credits an agency that no profile knows' },
  'date-without-year': { level: 'warning', description: 'the dateline date has no year (a dateline without a full date) and no --reference-date was given' },
  'unreadable-date': { level: 'warning', description: 'the dateline date cannot be read as a calendar date' },
  'no-dateline': { level: 'warning', description: 'the body does not open with a dateline' },
  'no-headline': { level: 'warning', description: 'no headline was found' },
  'no-body': { level: 'warning', description: 'the story has no body paragraphs' },
} as const satisfies Record<string, Omit<ProblemCode, 'code'>>;

export type StoryWarningCode = keyof typeof STORY_WARNINGS;

/** What `wireparse check` finds with an input before or instead of parsing it. */
export const INPUT_PROBLEMS = {
  'unreadable-input': { level: 'error', description: 'the path cannot be read (missing, permission denied, a folder, a link loop, not a regular file)' },
  'binary-input': { level: 'error', description: 'the file holds NUL bytes outside UTF-16 and is skipped as binary' },
  'parse-failure': { level: 'error', description: 'the parser failed on the input (a bug: please report it)' },
  'empty-input': { level: 'warning', description: 'the file is empty or holds only white space' },
  'no-input-files': { level: 'error', description: 'a folder argument holds no file to check' },
} as const satisfies Record<string, Omit<ProblemCode, 'code'>>;

export type InputProblemCode = keyof typeof INPUT_PROBLEMS;

/** The parts `check --require` can demand, and how to tell that a story has one. */
export const REQUIRABLE_PARTS = ['slug', 'headline', 'deck', 'byline', 'dateline', 'body', 'footer', 'captions', 'notes', 'flags', 'transmission'] as const;

export type RequirablePart = (typeof REQUIRABLE_PARTS)[number];

/** A required part that is missing is an error with the code `missing-PART`. */
export function missingPartCode(part: RequirablePart): string {
  return `missing-${part}`;
}

/** The parser warning that says the same thing as a missing required part; `--require` replaces it. */
export const WARNING_FOR_PART: Partial<Record<RequirablePart, StoryWarningCode>> = {
  headline: 'no-headline',
  dateline: 'no-dateline',
  body: 'no-body',
};

/** Every code with its level and description, in the order the README lists them. */
export const ALL_CODES: readonly ProblemCode[] = [
  ...Object.entries(INPUT_PROBLEMS).map(([code, p]) => ({ code, ...p })),
  ...REQUIRABLE_PARTS.map((part) => ({
    code: missingPartCode(part),
    level: 'error' as const,
    description: `\`--require ${part}\` was given and a story has no ${part}`,
  })),
  ...Object.entries(STORY_WARNINGS).map(([code, p]) => ({ code, ...p })),
];

const BY_CODE = new Map(ALL_CODES.map((c) => [c.code, c]));

/** The level of a code; a code nobody registered is a warning (so a new parser code is never silent). */
export function levelOf(code: string): Level {
  return BY_CODE.get(code)?.level ?? 'warning';
}

export function describeCode(code: string): ProblemCode | undefined {
  return BY_CODE.get(code);
}
