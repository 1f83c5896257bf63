import { profile } from '../profile.js';

/** IANS: `New Delhi, April 25 (IANS) The ...` with no separator; closes with `--IANS` and `ab/cd`. */
export default profile({
  id: 'ians',
  name: 'IANS',
  aliases: ['IANS', 'Indo-Asian News Service'],
  display: 'headline-deck',
  datelineForms: ['place-date-agency'],
  separators: [''],
  footer: [{ kind: 'signoff', line: /^-{1,2} ?IANS$/ }],
  captionCredits: [/\(IANS(?:\/[^()]*)?\)$/],
});
