import { profile } from '../profile.js';

export default profile({
  id: 'afp',
  name: 'AFP',
  aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  languages: ['en', 'fr', 'es', 'pt', 'de'],
  display: 'headline-deck',
  footer: [
    { kind: 'signoff', line: /^(?:[a-z]{2,4}(?:[-/][a-z]{2,4})+)$/ },
    { kind: 'copyright', line: /^©\s*(?:\d{4}\s*)?AFP\b.*$/ },
  ],
  agencyBylines: [/^by (?:agence france-presse|afp)$/i],
  captionCredits: [/\((?:AFP|Photo by [^()]*\/AFP)(?:\/[^()]*)?\)$/],
});
