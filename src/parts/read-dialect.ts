/**
 * Which dialect reading a story gets (see dialect.ts). Plain copy has no reading of its own:
 * the common grammar reads it.
 */
import { readAnpa } from './anpa.js';
import { chromeLineClaims } from './chrome.js';
import { emptyReading, type DialectInput, type DialectReading } from './dialect.js';
import { readHtml } from './html.js';
import { readIptc } from './iptc.js';

export function readDialect(input: DialectInput): DialectReading {
  switch (input.dialect) {
    case 'anpa':
      return readAnpa(input);
    case 'iptc':
      return readIptc(input);
    case 'html':
      return readHtml(input);
    case 'web': {
      const reading = emptyReading(input.lines);
      reading.claims = chromeLineClaims(input.lines, input.from, input.to);
      return reading;
    }
    case 'plain':
      return emptyReading(input.lines);
  }
}
