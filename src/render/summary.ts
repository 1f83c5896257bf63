/**
 * summary: a labelled, coloured view for a person at a terminal.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Story } from '../schema/story.js';

const WIDTH = 100;

function clip(text: string, width = WIDTH): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

export function renderSummary(stories: readonly Story[], color: boolean): string {
  const c: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const label = (name: string) => c.bold.cyan(name.padEnd(10));
  const out: string[] = [];
  for (const s of stories) {
    out.push(c.bold.underline(`${s.source} #${s.index}`) + c.dim(`  lines ${s.lines.start}-${s.lines.end}, ${s.dialect}, ${s.encoding}`));
    if (s.agency) out.push(`${label('agency')}${s.agency}`);
    if (s.flags.length) out.push(`${label('flags')}${c.red(s.flags.join(', '))}`);
    if (s.slug) out.push(`${label('slug')}${s.slug}`);
    out.push(`${label('headline')}${s.headline ? c.bold(s.headline) : c.dim('(none)')}`);
    if (s.deck) out.push(`${label('deck')}${clip(s.deck)}`);
    if (s.byline) out.push(`${label('byline')}${s.byline}${s.bylineIsAgency ? c.dim(' (agency credit)') : ''}`);
    if (s.credit) out.push(`${label('credit')}${s.credit}`);
    if (s.dateline) {
      const d = s.dateline;
      const parts = [d.location, d.iso ?? d.date, d.agency].filter(Boolean).join(' · ');
      out.push(`${label('dateline')}${c.yellow(d.text)}${c.dim(`  ${parts}`)}`);
    }
    for (const cap of s.captions) out.push(`${label('caption')}${clip(cap.text)}`);
    for (const note of s.notes) out.push(`${label('note')}${c.magenta(clip(note.text))}`);
    // A table paragraph shows its first row; the table itself is counted below.
    s.body.forEach((p, i) => out.push(`${label(i === 0 ? 'body' : '')}${clip(p.split('\n')[0]!)}`));
    for (const t of s.tables) out.push(`${label('table')}${c.dim(`lines ${t.start}-${t.end}, ${t.rows.length} rows`)}`);
    if (s.footer.lines.length) out.push(`${label('footer')}${c.green(s.footer.lines.join(' | '))}`);
    for (const w of s.warnings) out.push(`${label('warning')}${c.yellow(`${w.code}: ${w.message}`)}${w.line ? c.dim(` (line ${w.line})`) : ''}`);
    out.push('');
  }
  return out.join('\n');
}
