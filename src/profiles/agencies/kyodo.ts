import { profile } from '../profile.js';

/**
 * Kyodo News: `TOKYO (Kyodo) --` with no date (older copy: `TOKYO, Jan. 5 Kyodo -`); `==Kyodo`
 * closes. The Japanese service: `【北京共同】`.
 */
export default profile({
  id: 'kyodo',
  name: 'Kyodo',
  aliases: ['Kyodo', 'Kyodo News', '共同'],
  display: 'headline-deck',
  datelineForms: ['place-agency', 'place-date-credit', 'japanese'],
  separators: ['--', '-', ''],
  footer: [{ kind: 'signoff', line: /^={1,2}\s?Kyodo$/ }],
  captionCredits: [/\(Kyodo\)$/],
});
