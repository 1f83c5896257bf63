import { profile } from '../profile.js';

/**
 * Deutsche Presse-Agentur: `Berlin (dpa) -`, partner copy `San Diego (tca/dpa) -`; German copy puts
 * a topic line above the headline; the copy closes with `dpa` and desk initials (`dpa abc def/gh`).
 */
export default profile({
  id: 'dpa',
  name: 'dpa',
  aliases: ['dpa', 'Deutsche Presse-Agentur', 'dpa-AFX'],
  languages: ['en', 'de'],
  display: 'slug-headline',
  datelineForms: ['place-agency'],
  separators: ['-'],
  footer: [{ kind: 'signoff', line: /^dpa(?: [a-z0-9]{1,4}(?:\/[a-z0-9]{1,4})?){1,6}$/ }],
  domains: ['dpa.com'],
  captionCredits: [/\((?:Photo|Foto): [^()]*\/dpa\)$/, /\([^()]*\/dpa\)$/],
});
