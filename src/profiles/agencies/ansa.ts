import { profile } from '../profile.js';

/**
 * ANSA puts the agency first: `(ANSA) - MILANO, 16 MAG -`, month upper case; a signed story carries
 * `(di NAME)`; `(ANSA).` closes it, often on the last sentence.
 */
export default profile({
  id: 'ansa',
  name: 'ANSA',
  aliases: ['ANSA', 'ANSAmed'],
  languages: ['it', 'en'],
  display: 'headline-deck',
  datelineForms: ['agency-place-date'],
  separators: ['-'],
  footer: [{ kind: 'end', line: /^\(ANSA\)\.?$/ }],
  gluedEnd: [/(?<=\s)\(ANSA\)\.?$/],
  captionCredits: [/\(ANSA(?:\/[^()]*)?\)$/],
});
