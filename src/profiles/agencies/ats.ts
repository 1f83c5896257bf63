import { profile } from '../profile.js';

/**
 * Keystone-ATS / Keystone-SDA (Switzerland): `Berne (ATS) -`, `Zürich (sda) -`; French, German
 * and Italian services; the copy closes with desk initials (`ats/abc`).
 */
export default profile({
  id: 'ats',
  name: 'ATS',
  aliases: ['ATS', 'Keystone-ATS', 'SDA', 'Keystone-SDA', 'ATS-SDA'],
  languages: ['fr', 'de', 'it', 'en'],
  display: 'headline-deck',
  datelineForms: ['place-agency'],
  separators: ['-'],
  domains: ['keystone-sda.ch'],
  footer: [{ kind: 'signoff', line: /^(?:ats|sda)(?:\/[a-z]{2,4}){1,4}$/ }],
});
