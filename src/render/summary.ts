/**
 * summary: a labelled, coloured view for a person. Every line fits `width` columns, counted as
 * a terminal counts them (an East Asian wide character takes two, string-width); the body shows
 * its first paragraphs and how many more there are, unless `full`.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import { fitColumns } from './columns.js';
import type { Story } from '../schema/story.js';
import type { StoryField } from './fields.js';

export interface SummaryOptions {
  color: boolean;
  /** Columns a line may take (the terminal's width); below LABEL + 20 it is taken as that. */
  width?: number;
  /** Every body paragraph, not the first few. */
  full?: boolean;
  /** json and ndjson: the fields each record keeps (fields.ts); null or absent for all. */
  fields?: readonly StoryField[] | null;
}

/** The width of a pipe or a file, where no terminal says otherwise. */
const DEFAULT_WIDTH = 80;
/** Body paragraphs shown before the count of the rest. */
const SHOWN_PARAGRAPHS = 3;
const LABEL = 10;

export function renderSummary(stories: readonly Story[], options: SummaryOptions): string {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(options.width ?? DEFAULT_WIDTH, LABEL + 20);
  const room = width - LABEL;
  const fit = (text: string) => fitColumns(text, room);
  const label = (name: string) => c.bold.cyan(name.padEnd(LABEL));
  const out: string[] = [];
  for (const s of stories) {
    const title = fitColumns(`${s.source} #${s.index}`, width);
    const where = fitColumns(`  lines ${s.lines.start}-${s.lines.end}, ${s.dialect}, ${s.encoding}`, Math.max(0, width - stringWidth(title)));
    out.push(c.bold.underline(title) + (where === '…' ? '' : c.dim(where)));
    if (s.agency) out.push(`${label('agency')}${fit(s.agency)}`);
    if (s.flags.length) out.push(`${label('flags')}${c.red(fit(s.flags.join(', ')))}`);
    if (s.slug) out.push(`${label('slug')}${fit(s.slug)}`);
    out.push(`${label('headline')}${s.headline ? c.bold(fit(s.headline)) : c.dim('(none)')}`);
    if (s.deck) out.push(`${label('deck')}${fit(s.deck)}`);
    if (s.byline) out.push(`${label('byline')}${fit(s.byline + (s.bylineIsAgency ? ' (agency credit)' : ''))}`);
    if (s.credit) out.push(`${label('credit')}${fit(s.credit)}`);
    if (s.dateline) {
      const d = s.dateline;
      const parts = [d.location, d.iso ?? d.date, d.agency].filter(Boolean).join(' · ');
      const text = fit(d.text);
      const rest = fitColumns(`  ${parts}`, Math.max(0, room - stringWidth(text)));
      out.push(`${label('dateline')}${c.yellow(text)}${rest === '…' ? '' : c.dim(rest)}`);
    }
    for (const cap of s.captions) out.push(`${label('caption')}${fit(cap.text)}`);
    for (const note of s.notes) out.push(`${label('note')}${c.magenta(fit(note.text))}`);
    // A table paragraph shows its first row; the table itself is counted below.
    const shown = options.full ? s.body : s.body.slice(0, SHOWN_PARAGRAPHS);
    shown.forEach((p, i) => out.push(`${label(i === 0 ? 'body' : '')}${fit(p.split('\n')[0]!)}`));
    const hidden = s.body.length - shown.length;
    if (hidden > 0) out.push(`${label('')}${c.dim(fit(`… ${hidden} more paragraph${hidden === 1 ? '' : 's'} (--full shows all)`))}`);
    for (const t of s.tables) out.push(`${label('table')}${c.dim(fit(`lines ${t.start}-${t.end}, ${t.rows.length} rows`))}`);
    if (s.footer.lines.length) out.push(`${label('footer')}${c.green(fit(s.footer.lines.join(' | ')))}`);
    for (const w of s.warnings) {
      const text = fit(`${w.code}: ${w.message}`);
      const line = w.line ? fitColumns(` (line ${w.line})`, Math.max(0, room - stringWidth(text))) : '';
      out.push(`${label('warning')}${c.yellow(text)}${line === '…' || line === '' ? '' : c.dim(line)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
