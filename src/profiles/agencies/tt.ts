import { profile } from '../profile.js';

/**
 * TT Nyhetsbyrån (Sweden): `STOCKHOLM (TT)`; the byline names the agency after a slash
 * (`NAME/TT`), reporters write from `tt.se`; its XML marks headline, lead, crossheads, quotes,
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
  captionCredits: [/\/TT\)?$/],
});
