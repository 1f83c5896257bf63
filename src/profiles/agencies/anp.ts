import { profile } from '../profile.js';

/**
 * ANP (Algemeen Nederlands Persbureau, the Netherlands): `DEN HAAG (ANP) -`; a version number in
 * the headline (`(2)`), `© 2026 ANP. Alle auteursrechten en databankrechten voorbehouden.`
 */
export default profile({
  id: 'anp',
  name: 'ANP',
  aliases: ['ANP', 'Algemeen Nederlands Persbureau'],
  languages: ['en'],
  display: 'headline-deck',
  datelineForms: ['place-agency'],
  separators: ['-'],
  domains: ['anp.nl'],
  captionCredits: [/\(ANP(?:\/[^()]*)?\)$/],
});
