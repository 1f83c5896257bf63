import { profile } from '../profile.js';

/**
 * Antara: `Jakarta (ANTARA) -`; `(*)` closes the copy, then reporter and editor credit lines and
 * the copyright (`Copyright © ANTARA 2025`). Indonesian copy credits `Pewarta:` and `Editor:`.
 */
export default profile({
  id: 'antara',
  name: 'Antara',
  aliases: ['ANTARA', 'Antara News', 'Antara News Agency'],
  languages: ['id', 'en'],
  display: 'headline-deck',
  datelineForms: ['place-agency', 'place-date-agency'],
  domains: ['antaranews.com'],
  separators: ['-'],
  footer: [
    { kind: 'end', line: /^\(\*\)$/ },
    { kind: 'contributor', line: /^(?:Reporters?|Editor|Translator|Pewarta|Penerjemah): [^:]{2,80}$/ },
  ],
  gluedEnd: [/\(\*\)$/],
  captionCredits: [/\(ANTARA(?: FOTO)?(?:\/[^()]*)?\)$/],
});
