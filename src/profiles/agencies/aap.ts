import { profile } from '../profile.js';

/**
 * Australian Associated Press: `CANBERRA, July 21 AAP -`, the agency without parentheses; `AAP`
 * and desk initials (`AAP jm/kb`) or the service's code (`AAP RTV`, radio and TV) close the copy.
 */
export default profile({
  id: 'aap',
  name: 'AAP',
  aliases: ['AAP', 'Australian Associated Press'],
  display: 'headline-deck',
  datelineForms: ['place-date-credit'],
  separators: ['-'],
  footer: [{ kind: 'signoff', line: /^AAP(?: (?:[a-z]{1,5}(?:\/[a-z]{1,5}){0,6}|[A-Z]{2,4}))?$/ }],
  captionCredits: [/\(AAP (?:Image|Photo)(?:\/[^()]*)?\)$/],
});
