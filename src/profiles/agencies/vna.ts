import { profile } from '../profile.js';

/**
 * Vietnam News Agency: `Hanoi (VNA) -` or with an en dash; web copy puts a summary under the
 * headline and may end with a lone `VNA` credit.
 */
export default profile({
  id: 'vna',
  name: 'VNA',
  aliases: ['VNA', 'Vietnam News Agency', 'TTXVN'],
  display: 'headline-deck',
  datelineForms: ['place-agency'],
  separators: ['-', '–'],
  footer: [{ kind: 'credit', line: /^(?:VNA|\(VNA\))$/ }],
  captionCredits: [/\((?:Photo: )?VNA(?:\/[^()]*)?\)$/],
});
