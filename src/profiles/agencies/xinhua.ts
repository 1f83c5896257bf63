import { profile } from '../profile.js';

/**
 * Xinhua: `BEIJING, Nov. 24 (Xinhua) --`; the other language services translate the month
 * (`PARIS, 10 août (Xinhua) --`, `BEIJING, 18 jun (Xinhua) --`) and the Russian one puts the
 * agency between slashes (`ПЕКИН, 24 ноября /Синьхуа/ --`); the Chinese service runs agency, place and
 * date together (`新华社北京11月24日电（记者张伟）`). `Enditem` (Chinese: `（完）`) closes the copy.
 */
export default profile({
  id: 'xinhua',
  name: 'Xinhua',
  aliases: ['Xinhua', 'Xinhua News Agency', '新华社', 'Синьхуа'],
  languages: ['en', 'fr', 'es', 'pt', 'de', 'ru'],
  display: 'headline-deck',
  datelineForms: ['place-date-agency', 'tass', 'chinese'],
  separators: ['--', ''],
  footer: [{ kind: 'end', line: /^(?:enditem\.?|[（(]完[）)])$/i }],
  gluedEnd: [/Enditem\.?$/i, /[（(]完[）)]$/],
  captionCredits: [/\((?:Xinhua|Photo by [^()]*\/Xinhua)(?:\/[^()]*)?\)$/],
});
