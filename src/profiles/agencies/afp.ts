import { profile } from '../profile.js';

/**
 * Agence France-Presse: `PARIS, Jan 1 (AFP) -`; the French service writes the day first and
 * abbreviates the month (`Strasbourg, 10 juil 2024 (AFP) -`); the Arabic one writes
 * `القدس, 25-11-2023 (أ ف ب) -` and closes with the desk's initials in Arabic (`يبز/ح س/جص`). Desk initials (`bur-abc/def`) close
 * the copy, then `© 2024 AFP`.
 */
export default profile({
  id: 'afp',
  name: 'AFP',
  aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'أ ف ب', 'ا ف ب'],
  languages: ['en', 'fr', 'es', 'pt', 'de'],
  display: 'headline-deck',
  datelineForms: ['place-date-agency', 'arabic'],
  domains: ['afp.com'],
  separators: ['-', ''],
  // The Arabic desk's initials: `يبز/ح س/جص`.
  footer: [{ kind: 'signoff', line: /^[ؠ-ي]{1,4}(?: [ؠ-ي]{1,3})?(?:\/[ؠ-ي]{1,4}(?: [ؠ-ي]{1,3})?){1,5}$/ }],
  agencyBylines: [/^by (?:agence france-presse|afp)$/i],
  captionCredits: [/\((?:AFP|Photo by [^()]*\/AFP)(?:\/[^()]*)?\)$/],
});
