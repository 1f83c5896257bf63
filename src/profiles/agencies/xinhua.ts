import { profile } from '../profile.js';

/**
 * Xinhua: `BEIJING, Nov. 24 (Xinhua) --`; the other language services translate the month
 * (`PARIS, 10 août (Xinhua) --`, `BEIJING, 18 jun (Xinhua) --`) and the Russian one puts the
 * agency between slashes (`ПЕКИН, 24 ноября /Синьхуа/ --`). `Enditem` closes the copy.
 */
export default profile({
  id: 'xinhua',
  name: 'Xinhua',
  aliases: ['Xinhua', 'Xinhua News Agency', '新华社', 'Синьхуа'],
  languages: ['en', 'fr', 'es', 'pt', 'de', 'ru'],
  display: 'headline-deck',
  datelineForms: ['place-date-agency', 'tass'],
  separators: ['--'],
  footer: [{ kind: 'end', line: /^enditem\.?$/i }],
  gluedEnd: [/Enditem\.?$/i],
  captionCredits: [/\((?:Xinhua|Photo by [^()]*\/Xinhua)(?:\/[^()]*)?\)$/],
});
