import { profile } from '../profile.js';

/** The Associated Press: web copy (`WASHINGTON (AP) —`) and the ANPA wire (`_` dashes). */
export default profile({
  id: 'ap',
  name: 'AP',
  aliases: ['AP', 'Associated Press', 'The Associated Press'],
  display: 'headline-deck',
  footer: [
    { kind: 'contributor', line: /^Associated Press (?:writers?|reporters?|correspondents?)\b.*$/i },
    { kind: 'note', line: /^(?:The Associated Press receives|AP's .* coverage receives)\b.*$/i },
    { kind: 'signoff', line: /^AP-[A-Z]{2}-\d\d-\d\d-\d\d\s+\d{4}\s*GMT<?$/ },
  ],
  agencyBylines: [/^by (?:the )?associated press$/i, /^associated press=?$/i],
  captionCredits: [/\(AP Photo(?:\/[^()]*)?\)$/],
});
