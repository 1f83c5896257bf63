/**
 * Agency profiles as a user writes them in a file (JSON or YAML): the fields of AgencyProfile
 * (profile.ts), with each regular expression as a string `/pattern/flags`. The zod schema says
 * what a file may hold; toFileForm() prints profiles in that form and fromFileForm() reads them
 * back, so that a printed profile loads as a profile equal to it.
 */
import { z } from 'zod';
import { MONTHS } from '../dates/months.js';
import { DATELINE_FORM_NAMES, DISPLAY_ORDERS, FOOTER_KINDS, type AgencyProfile } from './profile.js';

/** `/pattern/flags`; `g` and `y` are refused because they make test() remember earlier calls. */
const REGEX_STRING = /^\/(.+)\/([imsuv]*)$/s;

/** The regular expression a `/pattern/flags` string stands for, or the reason it stands for none. */
export function regexOf(written: string): RegExp | string {
  const m = REGEX_STRING.exec(written);
  if (!m) return /^\/.+\/[a-z]*$/s.test(written) ? 'flags may be i, m, s, u and v' : 'a regular expression is written /pattern/flags';
  try {
    return new RegExp(m[1]!, m[2]);
  } catch (err) {
    return (err as Error).message;
  }
}

const Regex = z.string().superRefine((written, ctx) => {
  const re = regexOf(written);
  if (typeof re === 'string') ctx.addIssue({ code: 'custom', message: re });
});

/** A glued end marker is searched for in the last characters of a paragraph only (index.ts). */
const EndAnchoredRegex = Regex.refine((written) => {
  const re = regexOf(written);
  return typeof re === 'string' || re.source.endsWith('$');
}, 'a glued end marker is anchored at the end of the text: its pattern ends with $');

const Name = z.string().trim().min(1);

const ProfileEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and hyphens'),
    name: Name,
    aliases: z.array(Name),
    display: z.enum(DISPLAY_ORDERS),
    datelineForms: z.array(z.enum(DATELINE_FORM_NAMES)).min(1),
    separators: z.array(z.string().regex(/^\S{0,3}$/, 'a separator is at most three characters without space')),
    languages: z
      .array(z.string().refine((l) => Object.hasOwn(MONTHS, l), `a language with a month table: ${Object.keys(MONTHS).join(', ')}`))
      .default(['en']),
    footer: z.array(z.object({ kind: z.enum(FOOTER_KINDS), line: Regex }).strict()).default([]),
    gluedEnd: z.array(EndAnchoredRegex).default([]),
    agencyBylines: z.array(Regex).default([]),
    captionCredits: z.array(Regex).default([]),
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a domain such as example.com')).default([]),
  })
  .strict();

export const ProfileFile = z
  .object({
    profiles: z.array(ProfileEntry).superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, i) => {
        if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id ${entry.id} is given twice` });
        seen.add(entry.id);
      });
    }),
  })
  .strict();

export type ProfileFile = z.input<typeof ProfileFile>;

function written(re: RegExp): string {
  return `/${re.source}/${re.flags}`;
}

function regex(text: string): RegExp {
  const re = regexOf(text);
  // The schema has refused a string that stands for no expression.
  if (typeof re === 'string') throw new Error(`${text}: ${re}`);
  return re;
}

/** Profiles in the file form, every field written out. */
export function toFileForm(profiles: readonly AgencyProfile[]): ProfileFile {
  return {
    profiles: profiles.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: [...p.aliases],
      display: p.display,
      datelineForms: [...p.datelineForms],
      separators: [...p.separators],
      languages: [...p.languages],
      footer: p.footer.map((rule) => ({ kind: rule.kind, line: written(rule.line) })),
      gluedEnd: p.gluedEnd.map(written),
      agencyBylines: p.agencyBylines.map(written),
      captionCredits: p.captionCredits.map(written),
      domains: [...p.domains],
    })),
  };
}

/** The profiles of a file already checked by ProfileFile. */
export function fromFileForm(file: z.output<typeof ProfileFile>): AgencyProfile[] {
  return file.profiles.map((p) => ({
    ...p,
    footer: p.footer.map((rule) => ({ kind: rule.kind, line: regex(rule.line) })),
    gluedEnd: p.gluedEnd.map(regex),
    agencyBylines: p.agencyBylines.map(regex),
    captionCredits: p.captionCredits.map(regex),
  }));
}
