import { profile } from '../profile.js';

export default profile({
  id: 'xinhua',
  name: 'Xinhua',
  aliases: ['Xinhua', 'Xinhua News Agency', '新华社'],
  languages: ['en', 'fr', 'es', 'pt', 'de'],
  display: 'headline-deck',
  footer: [{ kind: 'end', line: /^enditem\.?$/i }],
  gluedEnd: [/(?<!\s)\s*Enditem\.?$/i],
  captionCredits: [/\((?:Xinhua|Photo by [^()]*\/Xinhua)(?:\/[^()]*)?\)$/],
});
