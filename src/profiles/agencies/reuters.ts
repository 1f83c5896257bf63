import { profile } from '../profile.js';

/**
 * Modern Reuters copy (`SYDNEY, April 4 (Reuters) -`, `(Reuters) -`; reporting and editing
 * credits, reporter e-mail in double parentheses, currency notes) and the 1987 wire (` Reuter`
 * sign-off, `, Reuter -` datelines).
 */
export default profile({
  id: 'reuters',
  name: 'Reuters',
  aliases: ['Reuters', 'Reuter', 'Thomson Reuters'],
  display: 'headline-deck',
  datelineForms: ['place-date-agency', 'agency', 'place-date-credit', 'place-date'],
  domains: ['thomsonreuters.com', 'reuters.com'],
  separators: ['-'],
  footer: [
    { kind: 'signoff', line: /^reuters?(?:\.{1,3}|\s*-\s*)?$/i },
    // `($1 = 1.47 Australian dollars)`, `(£1 = $1.2650)`, `(1 euro = 0.8612 pounds)`
    { kind: 'note', line: /^\((?:[$€£¥]|US\$|1 [a-z]{3,8} = )[^()]{1,80}\)$/ },
    { kind: 'email', line: /^\(\([^()@]{0,200}@[^()]{1,300}\)\)$/ },
    { kind: 'note', line: /^Our Standards: The Thomson Reuters Trust Principles\.?(?: [^()]{0,80})?$/ },
  ],
  // The 1987 wire sometimes runs the sign-off onto the last line of a table or paragraph.
  gluedEnd: [/(?<=\s\s)REUTERS?(?:\.{1,3})?$/i],
  agencyBylines: [/^by reuters?\b/i],
  captionCredits: [/\(Reuters(?:\/[^()]*)?\)$/],
});
