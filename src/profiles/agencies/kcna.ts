import { profile } from '../profile.js';

/** Korean Central News Agency: `Pyongyang, July 14 (KCNA) --`; ` -0-` closes the copy. */
export default profile({
  id: 'kcna',
  name: 'KCNA',
  aliases: ['KCNA', 'Korean Central News Agency'],
  display: 'headline-deck',
  datelineForms: ['place-date-agency'],
  separators: ['--'],
  // ` -0-` after the last sentence, or glued to it where a scraper dropped the space.
  gluedEnd: [/(?<=[\s.!?"”])-0-$/],
});
