import { profile } from '../profile.js';

/**
 * Agence France-Presse: `PARIS, Jan 1 (AFP) -`; the French service writes the day first and
 * abbreviates the month (`Strasbourg, 10 juil 2024 (AFP) -`). Desk initials (`bur-abc/def`) close
 * the copy, then `© 2024 AFP`.
 */
export default profile({
  id: 'afp',
  name: 'AFP',
  aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  languages: ['en', 'fr', 'es', 'pt', 'de'],
  display: 'headline-deck',
  datelineForms: ['place-date-agency'],
  domains: ['afp.com'],
  separators: ['-'],
  agencyBylines: [/^by (?:agence france-presse|afp)$/i],
  captionCredits: [/\((?:AFP|Photo by [^()]*\/AFP)(?:\/[^()]*)?\)$/],
});
