import { profile } from '../profile.js';

/**
 * Press Trust of India: `New Delhi, Apr 25 (PTI) The ...` with no separator; the wire puts a desk
 * slug (`DEL23 BIZ-RBI-RATES`) above the headline and closes with `PTI` and desk initials.
 */
export default profile({
  id: 'pti',
  name: 'PTI',
  aliases: ['PTI', 'Press Trust of India'],
  display: 'slug-headline',
  datelineForms: ['place-date-agency'],
  separators: [''],
  footer: [{ kind: 'signoff', line: /^PTI(?: [A-Z]{2,5}){1,6}$/ }],
  captionCredits: [/\(PTI Photos?(?:\/[^()]*)?\)$/],
});
