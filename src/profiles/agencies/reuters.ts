import { profile } from '../profile.js';

/** Modern Reuters copy and the 1987 wire (` Reuter` sign-off, `, Reuter -` datelines). */
export default profile({
  id: 'reuters',
  name: 'Reuters',
  aliases: ['Reuters', 'Reuter', 'Thomson Reuters'],
  display: 'headline-deck',
  footer: [
    { kind: 'signoff', line: /^reuters?(?:\.{1,3}|\s*-\s*)?$/i },
    { kind: 'note', line: /^\(\$1 = .*\)$/ },
    { kind: 'email', line: /^\(\([^@]*@.*\)\)$/ },
  ],
  // The 1987 wire sometimes runs the sign-off onto the last line of a table or paragraph.
  gluedEnd: [/(?<!\s)\s{2,}REUTERS?(?:\.{1,3})?$/i],
  agencyBylines: [/^by reuters?\b/i],
  captionCredits: [/\(Reuters(?:\/[^()]*)?\)$/],
});
