/** The configuration file's schema (config.ts reads the file; this module is loaded only when there is one). */
import { z } from 'zod';
import { DIALECTS } from '../schema/dialects.js';
import { ALL_CODES, REQUIRABLE_PARTS } from '../schema/warnings.js';

const codes = ALL_CODES.map((c) => c.code) as [string, ...string[]];

export const Config = z
  .strictObject({
    $schema: z.string().optional(),
    require: z.array(z.enum(REQUIRABLE_PARTS)).optional().describe('parts whose absence `check` reports as an error'),
    ignoreWarnings: z.array(z.enum(codes)).optional().describe('warning codes `check` does not report'),
    maxWarnings: z.number().int().min(0).optional().describe('`check` fails with more warnings than this'),
    referenceDate: z.iso.date().optional().describe('resolve dateline dates without a year against this date (YYYY-MM-DD)'),
    profile: z.string().min(1).optional().describe('force an agency profile'),
    dialect: z.enum(DIALECTS).optional().describe('force the input dialect'),
    profiles: z.string().min(1).optional().describe('a file of agency profiles in the form of `wireparse profiles --json`, relative to this file'),
  })
  .describe('wireparse configuration');
export type Config = z.infer<typeof Config>;

