import { profile } from '../profile.js';

/**
 * Europa Press: `MADRID, 21 Nov. 2024 (Europa Press) -`; headlines may carry desk codes
 * (`AMP.-`, `O.Próximo.-`); `Copyright 2024 Europa Press.` closes the copy.
 */
export default profile({
  id: 'europapress',
  name: 'Europa Press',
  aliases: ['Europa Press', 'EUROPA PRESS'],
  languages: ['es', 'en', 'pt'],
  display: 'headline-deck',
  datelineForms: ['place-date-agency', 'place-agency'],
  separators: ['-'],
  domains: ['europapress.es'],
  captionCredits: [/\(EUROPA PRESS(?:\/[^()]*)?\)$/i],
});
