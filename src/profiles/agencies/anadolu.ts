import { profile } from '../profile.js';

/**
 * Anadolu Agency: `ANKARA (AA) -` with no date, in English and Turkish; web copy puts a summary
 * under the headline and may close with `*Writing by NAME`.
 */
export default profile({
  id: 'anadolu',
  name: 'Anadolu',
  aliases: ['AA', 'Anadolu', 'Anadolu Agency', 'Anadolu Ajansı'],
  languages: ['en', 'tr'],
  display: 'headline-deck',
  datelineForms: ['place-agency'],
  separators: ['-'],
  footer: [{ kind: 'contributor', line: /^\*(?:Writing|Contribution|Contributions|Additional reporting) by\b.{1,120}$/ }],
  captionCredits: [/\([^()]* - Anadolu (?:Agency|Ajansı)\)$/],
});
