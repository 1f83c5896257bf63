import { profile } from '../profile.js';

/**
 * TT Nyhetsbyrån (Sweden): `STOCKHOLM (TT)`; the byline names the agency after a slash
 * (`NAME/TT`, also a line of its own under the story), reporters write from `tt.se`; its XML marks headline, lead, crossheads, quotes,
 * byline and caption as elements (`<RUBRIK>`, `<INGRESS>`, `<MELLIS>`, `<CITAT>`, `<BILDTEXT>`).
 */
export default profile({
  id: 'tt',
  name: 'TT',
  aliases: ['TT', 'TT Nyhetsbyrån', 'Tidningarnas Telegrambyrå'],
  languages: ['en'],
  display: 'headline-deck',
  datelineForms: ['place-agency'],
  separators: ['-', '—', ''],
  domains: ['tt.se'],
  // The byline under the story: `Anna Berg/TT`.
  footer: [{ kind: 'contributor', line: /^\p{Lu}[\p{L}.'-]{1,30}(?: \p{Lu}[\p{L}.'-]{1,30}){1,3}\/TT$/u }],
  captionCredits: [/\/TT\)?$/],
});
