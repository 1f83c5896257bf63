import { profile } from '../profile.js';

/**
 * The New York Times News Service, on the wire in ANPA framing and in the LDC SGML corpora:
 * `BC-OBIT-NAME-NYT` keywords, datelines with no agency (`NEW YORK _`, the `_` a dash), the
 * copyright credit `c.1998 N.Y. Times News Service` under the byline, which names the agency,
 * and the `NYT-06-01-98 0002EDT` trailer.
 */
export default profile({
  id: 'nyt',
  name: 'NYT',
  aliases: ['NYT News Service', 'New York Times News Service', 'N.Y. Times News Service', 'The New York Times'],
  display: 'headline-deck',
  datelineForms: ['place'],
  separators: ['—', '-'],
  agencyBylines: [/^(?:c\.|\(c\)|©)\s?\d{4} (?:N\.Y\.|New York) Times News Service$/i, /^New York Times News Service$/i],
});
