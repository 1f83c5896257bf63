/**
 * Dialects as configuration: each dialect is the list of its constructs, run in order over the
 * story text before the common productions (src/grammar/story.ts). A construct may claim lines,
 * read display parts, captions, notes, tables and footer lines into the tree, and rewrite a
 * line's text. Plain copy has none: the common productions read it. A new dialect is a module of
 * constructs and a row here.
 */
import type { Dialect } from '../../schema/story.js';
import type { StoryTree } from '../tree.js';
import { aapFields } from './aap.js';
import { anpaDisplay } from './anpa.js';
import { htmlMarkup } from './html.js';
import { iptcNotebook, iptcTakes } from './iptc.js';
import { scrapeCut } from './scrape.js';
import { sgmlDocument } from './sgml.js';
import { webCaptions, webChrome } from './web.js';

type Construct = (tree: StoryTree) => void;

const DIALECT_CONSTRUCTS: Readonly<Record<Dialect, readonly Construct[]>> = {
  anpa: [anpaDisplay],
  iptc: [iptcTakes, iptcNotebook],
  aap: [aapFields],
  sgml: [sgmlDocument],
  // A page's markup is read first; what it wraps around the story is read as in web copy.
  html: [htmlMarkup, webChrome, webCaptions],
  // Scraped copy is cut into the lines a scraper ran together before anything else reads it.
  web: [scrapeCut, webChrome, webCaptions],
  plain: [scrapeCut],
};

/** Runs the constructs of the tree's dialect. */
export function dialect(tree: StoryTree): void {
  const constructs = DIALECT_CONSTRUCTS[tree.dialect];
  for (let k = 0; k < constructs.length; k++) constructs[k]!(tree);
}
