import { profile } from '../profile.js';

/**
 * Agencia EFE: `Montevidéu, 12 jul (EFE).-` (Spanish and Portuguese services); an upper-case topic
 * line above the headline; `EFE` and then desk initials `ab/cd` close the copy.
 */
export default profile({
  id: 'efe',
  name: 'EFE',
  aliases: ['EFE', 'Agencia EFE'],
  languages: ['es', 'pt', 'en'],
  display: 'slug-headline',
  datelineForms: ['place-date-agency'],
  domains: ['efe.com', 'efe.es'],
  separators: ['.-'],
  footer: [{ kind: 'signoff', line: /^EFE(?: [a-z]{2,5}(?:\/[a-z]{2,5}){0,5})?$/ }],
  captionCredits: [/\(EFE(?:\/[^()]*)?\)$/],
});
