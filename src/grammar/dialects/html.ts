/**
 * Light HTML left by CMS exports and agency XML (wire-formats.md section 6, docs/grammar/web.md):
 * `<p>`, `<br/>`, `<div>`, `&#13;`, `&amp;`, `&nbsp;` and other entities. A line holding several
 * blocks (a whole story's `<p>`s on one line) is first cut into one piece per block (blocks.ts).
 * Each piece is read as the text a browser would show: tags removed, entities decoded. A piece
 * holding only markup, and the pieces of a <script>, <style>, <head> or comment, are claimed as
 * ignored ('markup'); so are the pieces of a page `<header>` but its headings, and the elements
 * elements.ts names as metadata. Caption elements are captions, byline elements the byline.
 * A piece that opens a block, or follows one ending a block or two `<br/>` (on one line or two),
 * starts a paragraph: it gets an indent, so that hard-wrapped `<p>` blocks read as indented copy
 * and one-`<p>`-per-line (or `<br/><br/>`-separated) copy as one paragraph per line.
 */
import { readCaption } from '../captions.js';
import { assignment } from '../assignment.js';
import { creditsAgency } from '../byline.js';
import { claim, rule, type StoryTree } from '../tree.js';
import { cutBlocks } from './blocks.js';
import { ENDS_BLOCK, HEADER_CLOSE, INLINE, HEADER_OPEN, HEADING, OPENS_BLOCK, openingRole, type ElementOpening } from './elements.js';
import { withText } from './rewrite.js';

const HTML = rule('html-markup');
const MARKUP = assignment('ignored', undefined, 'markup');
const BYLINE = assignment('byline');

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

const BREAK = /<br\s{0,5}\/?>/gi;
/** The line breaks a line ends with (`<br />`, `<br/><br/>`). */
const TRAILING_BREAKS = /(?:<br\s{0,5}\/?>\s{0,5})+$/i;
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
// Any end tag of a block: agency XML (`</RUBRIK>`) closes its elements, the 1987 tickers never do.
export const HTML_EVIDENCE = new RegExp(String.raw`<\/(?!(?:${INLINE})\b)[A-Za-z][\w.:-]{0,40}>|<br\s{0,5}\/?>|<(?:p|div|h[1-6]|li|blockquote)(?:\s[^<>]{0,500})?>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|nbsp|quot|lt|gt|apos|mdash|ndash|hellip|[lr][sd]quo);`);

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
function htmlText(text: string): string {
  return decodeEntities(text.replace(INLINE_CODE, '').replace(BREAK, ' ').replace(TAG, '')).replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ');
}

/** Reads each line as the text a browser shows; claims markup-only pieces, marked captions and bylines. */
export function htmlMarkup(tree: StoryTree): void {
  cutBlocks(tree);
  const { lines, from, to } = tree;
  // The tree's own copy of the lines: markup is taken out of their text.
  const rewritten = [...lines];
  tree.lines = rewritten;
  let afterBreak = false;
  /** Line breaks since the last text (`<br />` ending one line, `<br />` alone on the next). */
  let breaks = 0;
  // Inside <script>, <style>, <head> or a comment until this closing pattern is seen.
  let hiddenUntil: RegExp | null = null;
  let inHeader = false;
  /** The element with a role the lines are inside, and the texts of the caption it holds. */
  let within: ElementOpening | null = null;
  const caption = new CaptionElement(tree);
  for (let i = from; i < to; i++) {
    // A caption element that ended on the line before is complete.
    if (within === null) caption.close();
    const line = lines[i]!;
    if (line.blank) continue;
    const text = line.text;
    const hidden: RegExp | null = hiddenUntil ?? HIDDEN_OPEN.find((h) => h.open.test(text))?.close ?? null;
    if (hidden) {
      claim(tree, i, MARKUP, HTML);
      hiddenUntil = hidden.test(text) ? null : hidden;
      continue;
    }
    if (HEADER_OPEN.test(text)) inHeader = true;
    const inPageHeader = inHeader && !HEADING.test(text);
    if (inHeader && HEADER_CLOSE.test(text)) inHeader = false;
    const opening: ElementOpening | null = within === null ? openingRole(text) : null;
    const element: ElementOpening | null = within ?? opening;
    within = element !== null && !element.close.test(text) ? element : null;
    const startsParagraph = afterBreak || OPENS_BLOCK.test(text);
    const shown = htmlText(text).trim();
    if (shown === '' || inPageHeader || element?.role === 'metadata') {
      claim(tree, i, MARKUP, HTML);
      breaks = shown === '' ? breaks + (text.match(BREAK)?.length ?? 0) : 0;
      afterBreak ||= ENDS_BLOCK.test(text) || breaks >= 2;
      continue;
    }
    breaks = TRAILING_BREAKS.exec(text)?.[0].match(BREAK)?.length ?? 0;
    afterBreak = ENDS_BLOCK.test(text);
    if (element?.role === 'caption') {
      caption.add(i, shown);
      continue;
    }
    if (element?.role === 'byline' && tree.display.byline === null) {
      claim(tree, i, BYLINE, HTML);
      tree.display.byline = { text: shown, agencyCredit: creditsAgency(shown) };
      continue;
    }
    rewritten[i] = withText(line, shown, startsParagraph ? 4 : 0);
  }
  caption.close();
}

/**
 * The caption a caption element holds, over as many lines as it takes: its lines are claimed as
 * they come and its text is read once, when the element closes.
 */
class CaptionElement {
  private texts: string[] = [];
  private index = -1;
  private line = 0;

  constructor(private readonly tree: StoryTree) {}

  add(i: number, shown: string): void {
    if (this.index < 0) {
      this.index = this.tree.captions.length;
      this.line = this.tree.lines[i]!.no;
      // Its place in the list is taken now, so that the captions stay in line order.
      this.tree.captions.push({ text: '', credit: null, restrictions: [], line: this.line });
    }
    this.texts.push(shown);
    claim(this.tree, i, assignment('caption', this.index), HTML);
  }

  close(): void {
    if (this.index >= 0) this.tree.captions[this.index] = { ...readCaption(this.texts.join(' ')), line: this.line };
    this.texts = [];
    this.index = -1;
  }
}
