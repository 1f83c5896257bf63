/**
 * Light HTML left by CMS exports (wire-formats.md section 6): `<p>`, `<br/>`, `<div>`, `&#13;`,
 * `&amp;`, `&nbsp;` and other entities. Each line is read as the text a browser would show:
 * tags removed, entities decoded. A line holding only markup, and the lines of a <script>,
 * <style>, <head> or comment, are claimed as ignored ('markup').
 * `<figcaption>` lines and blocks with a caption class are captions.
 * A line that opens a `<p>`, or follows a line ending in `</p>` or `<br/><br/>`, starts a paragraph:
 * it gets an indent, so that hard-wrapped `<p>` blocks read as indented copy and one-`<p>`-per-line
 * (or `<br/><br/>`-separated) copy as one paragraph per line.
 */
import { readCaption } from '../captions.js';
import { assignment } from '../assignment.js';
import { claim, rule, type StoryTree } from '../tree.js';
import { withText } from './rewrite.js';

const HTML = rule('html-markup');
const MARKUP = assignment('ignored', undefined, 'markup');

/** A tag, a comment, or a declaration (`<!DOCTYPE html>`, which opens a saved page). */
const TAG = /<[/!]?[A-Za-z][^<>]{0,500}>|<!--[^]{0,2000}?-->/g;
/** A script or style inside a line of text: its content is not text either. */
const INLINE_CODE = /<(script|style)\b[^<>]{0,500}>[^<]{0,5000}<\/\1>/gi;

/** Elements whose content is not text to read: scripts, styles, the head, comments. */
const HIDDEN_OPEN: readonly { open: RegExp; close: RegExp }[] = [
  { open: /^\s*<script\b/i, close: /<\/script>/i },
  { open: /^\s*<style\b/i, close: /<\/style>/i },
  { open: /^\s*<head\b/i, close: /<\/head>/i },
  { open: /^\s*<!--/, close: /-->/ },
];

/** A caption the CMS marked as one: `<figcaption>`, or a block with a caption class. */
const CAPTION_BLOCK = /^\s*<(?:figcaption|(?:p|div|span)\s[^<>]{0,200}class="[^"<>]{0,100}caption[^"<>]{0,100}")[^<>]{0,300}>/i;
const OPENS_BLOCK = /^\s*<(?:p|h[1-6]|li|blockquote)\b[^<>]{0,500}>/i;
const BREAK = /<br\s{0,5}\/?>/gi;
/** A line ending a block or two line breaks: the next line starts a paragraph. */
const ENDS_BLOCK = /(?:<br\s{0,5}\/?>\s{0,5}<br\s{0,5}\/?>|<\/(?:p|div|h[1-6]|li|blockquote)>)\s*$/i;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));/gi;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™',
  deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷',
  frac12: '½', frac14: '¼', frac34: '¾', shy: '', zwj: '', zwnj: '',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', iacute: 'í', oacute: 'ó',
  uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', Eacute: 'É', Ntilde: 'Ñ', Ccedil: 'Ç', oslash: 'ø', aring: 'å',
};

// Block tags in lower case, or character references: 1987 Reuters copy writes tickers as `<P>`
// and names as `<Strong Point Inc>`, and inline tags alone (`<b>`) may be text the copy quotes.
const HTML_EVIDENCE = /<\/(?:p|div|h[1-6]|li|ul|ol|blockquote)>|<br\s{0,5}\/?>|<(?:p|div|h[1-6]|li|blockquote)(?:\s[^<>]{0,500})?>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|nbsp|quot|lt|gt|apos|mdash|ndash|hellip|[lr][sd]quo);/;

/** True when a line carries HTML tags or character references. */
export function isHtmlLine(text: string): boolean {
  // Markup needs a tag or an entity: the common line without either costs two scans, not a regex.
  return (text.includes('<') || text.includes('&')) && HTML_EVIDENCE.test(text);
}

/** Decodes character references; `&#13;` (a carriage return the CMS kept) and unknown names go. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    if (code === 13 || code === 10 || code > 0x10ffff) return '';
    return String.fromCodePoint(code);
  });
}

/** The text a line shows once its markup is gone (exotic spaces read as spaces). */
export function htmlText(text: string): string {
  return decodeEntities(text.replace(INLINE_CODE, '').replace(BREAK, ' ').replace(TAG, '')).replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ');
}

/** Reads each line as the text a browser shows; claims markup-only lines and marked captions. */
export function htmlMarkup(tree: StoryTree): void {
  const { lines, from, to } = tree;
  // The tree's own copy of the lines: markup is taken out of their text.
  const rewritten = [...lines];
  tree.lines = rewritten;
  let afterBreak = false;
  // Inside <script>, <style>, <head> or a comment until this closing pattern is seen.
  let hiddenUntil: RegExp | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const hidden: RegExp | null = hiddenUntil ?? HIDDEN_OPEN.find((h) => h.open.test(line.text))?.close ?? null;
    if (hidden) {
      claim(tree, i, MARKUP, HTML);
      hiddenUntil = hidden.test(line.text) ? null : hidden;
      continue;
    }
    const startsParagraph = afterBreak || OPENS_BLOCK.test(line.text);
    afterBreak = ENDS_BLOCK.test(line.text);
    const shown = htmlText(line.text).trim();
    if (shown === '') {
      claim(tree, i, MARKUP, HTML);
      continue;
    }
    if (CAPTION_BLOCK.test(line.text)) {
      claim(tree, i, assignment('caption', tree.captions.length), HTML);
      tree.captions.push({ ...readCaption(shown), line: line.no });
      continue;
    }
    rewritten[i] = withText(line, shown, startsParagraph ? 4 : 0);
  }
}
