import { profile } from '../profile.js';

/**
 * Asian News International: `Imphal (Manipur) [India], July 4 (ANI):` (state in parentheses,
 * country in brackets, colon); `(ANI)` closes the copy, on its own line or after the last sentence.
 */
export default profile({
  id: 'ani',
  name: 'ANI',
  aliases: ['ANI', 'Asian News International'],
  display: 'headline-deck',
  datelineForms: ['place-date-agency'],
  separators: [':'],
  footer: [{ kind: 'end', line: /^\(ANI\)$/ }],
  gluedEnd: [/(?<=\s)\(ANI\)$/],
  captionCredits: [/\((?:Photo\/)?ANI\)$/],
});
