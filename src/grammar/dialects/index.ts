/**
 * Which dialect reading a story gets (see dialect.ts). Plain copy has no reading of its own:
 * the common grammar reads it.
 */
import { readAnpa } from './anpa.js';
import { emptyReading, type DialectInput, type DialectReading } from './reading.js';
import { readHtml } from './html.js';
import { readIptc } from './iptc.js';
import { readWeb } from './web.js';

export function readDialect(input: DialectInput): DialectReading {
  switch (input.dialect) {
    case 'anpa':
      return readAnpa(input);
    case 'iptc':
      return readIptc(input);
    case 'html':
      return readHtml(input);
    case 'web':
      return readWeb(input);
    case 'plain':
      return emptyReading(input.lines);
  }
}
