/**
 * The output contract. This zod schema is the single source of truth for a story: the TypeScript
 * type, `wireparse schema` (JSON Schema) and the round-trip tests all come from it.
 */
import { z } from 'zod';
import { DIALECTS, TRANSMISSION_FORMATS, type Dialect } from './dialects.js';
import { PART_KINDS, type PartKind } from './parts.js';
import { SCHEMA_VERSION } from './schema-version.js';

export { DIALECTS, PART_KINDS, type Dialect, type PartKind };


const lineNo = z.number().int().positive();

export const LayoutEntry = z
  .object({
    part: z.enum(PART_KINDS),
    start: lineNo.describe('First source line (1-based) of the run'),
    end: lineNo.describe('Last source line of the run, inclusive'),
    index: z.number().int().nonnegative().optional().describe('Element of the part array (paragraph, caption, note) the run belongs to'),
    reason: z.string().optional().describe('Why the lines are ignored (blank, framing, ...)'),
  })
  .strict();

export const Dateline = z
  .object({
    text: z.string().describe('The dateline as written, separator included'),
    location: z.string().nullable().describe('The whole place as written before the date'),
    date: z.string().nullable().describe('The date as written'),
    agency: z.string().nullable().describe('The agency as written in the dateline'),
    iso: z.string().nullable().describe('YYYY-MM-DD when the year is known'),
    yearSource: z.enum(['dateline', 'story', 'reference', 'transmission']).nullable().describe('Where the year of `iso` came from (`transmission`: the trailer after ETX)'),
    reporter: z.string().nullable(),
    line: lineNo,
    form: z.string().describe('Which dateline shape matched'),
  })
  .strict();

export const Caption = z
  .object({
    text: z.string(),
    credit: z.string().nullable(),
    restrictions: z.array(z.string()),
    line: lineNo,
  })
  .strict();

export const Note = z.object({ text: z.string(), line: lineNo }).strict();

export const Footer = z
  .object({
    lines: z.array(z.string()).describe('Every footer line, in order'),
    endMarker: z.string().nullable(),
    signOff: z.string().nullable(),
    copyright: z.string().nullable(),
    contributors: z.array(z.string()),
    emails: z.array(z.string()),
  })
  .strict();

export const Transmission = z
  .object({
    format: z.enum(TRANSMISSION_FORMATS),
    service: z.string().nullable(),
    sequence: z.string().nullable(),
    selector: z.string().nullable(),
    priority: z.string().nullable(),
    category: z.string().nullable(),
    keyword: z.string().nullable(),
    desk: z.string().nullable().describe('ANPA desk code: `US` in `BC-US--Storm-Damage`'),
    contentFormat: z.enum(['prose', 'tabular']).nullable().describe('ANPA format bytes: DC3 DC1 prose, DC4 DC2 tabular'),
    takeKey: z.string().nullable(),
    date: z.string().nullable(),
    wordCount: z.number().int().nullable(),
    trailer: z.string().nullable(),
    issued: z.string().nullable().describe('YYYY-MM-DDTHH:MMZ from the trailer, when it gives a year (without the Z when the trailer gives no time zone)'),
  })
  .strict();

export const Table = z
  .object({
    start: lineNo.describe('First source line of the table'),
    end: lineNo.describe('Last source line of the table, inclusive'),
    rows: z.array(z.string()).describe('Each row as preformatted text (ANPA: cells joined by tabs)'),
    cells: z.array(z.array(z.string())).describe('Each row split into its columns'),
    body: z
      .object({ first: z.number().int().nonnegative(), last: z.number().int().nonnegative() })
      .strict()
      .nullable()
      .describe('The body paragraphs that hold the table (one for ANPA tables, one per row in plain copy)'),
  })
  .strict();

export const Warning = z
  .object({
    code: z.string(),
    message: z.string(),
    line: lineNo.nullable(),
  })
  .strict();

export const Story = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('The version of this shape of record (see `wireparse schema`)'),
    source: z.string().describe('The path as given, `-` for stdin'),
    index: z.number().int().nonnegative().describe('0-based story number within the source'),
    lines: z.object({ start: lineNo, end: lineNo }).strict(),
    dialect: z.enum(DIALECTS),
    encoding: z.string(),
    agency: z.string().nullable().describe('Canonical agency name'),
    profile: z.string().nullable().describe('Id of the agency profile used'),
    flags: z.array(z.string()),
    slug: z.string().nullable(),
    headline: z.string().nullable(),
    deck: z.string().nullable().describe('Summary line between headline and dateline'),
    byline: z.string().nullable(),
    bylineIsAgency: z.boolean().describe('True when the byline credits an agency, not a person'),
    dateline: Dateline.nullable(),
    captions: z.array(Caption),
    notes: z.array(Note),
    body: z.array(z.string()).describe('Paragraphs, dateline removed from the first'),
    tables: z.array(Table).describe('Tables and column layouts, kept preformatted'),
    credit: z.string().nullable().describe('Agency credit line under a byline (ANPA `Associated Press=`)'),
    footer: Footer,
    transmission: Transmission.nullable(),
    layout: z.array(LayoutEntry).describe('Every source line of the story, in runs, with the part it went to'),
    warnings: z.array(Warning),
  })
  .strict();

export type Story = z.infer<typeof Story>;
export type LayoutEntry = z.infer<typeof LayoutEntry>;
export type Table = z.infer<typeof Table>;
export type StoryWarning = z.infer<typeof Warning>;
