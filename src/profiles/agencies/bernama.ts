import { profile } from '../profile.js';

/**
 * Bernama: `KUALA LUMPUR, Aug 6 (Bernama) --` (Malay copy `6 Ogos`); `-- BERNAMA` closes the story
 * and a promotional paragraph about the agency's services follows it.
 */
export default profile({
  id: 'bernama',
  name: 'Bernama',
  aliases: ['Bernama', 'Pertubuhan Berita Nasional Malaysia'],
  languages: ['en', 'ms'],
  display: 'headline-deck',
  datelineForms: ['place-date-agency'],
  separators: ['--'],
  footer: [
    { kind: 'signoff', line: /^-{1,2} ?BERNAMA$/ },
    { kind: 'promo', line: /^BERNAMA [a-z].{0,600}$/ },
  ],
  captionCredits: [/\((?:BERNAMA|Bernama) ?(?:Photo|Pic|Foto)?(?:\/[^()]*)?\)$/],
});
