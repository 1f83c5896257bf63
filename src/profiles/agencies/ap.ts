import { profile } from '../profile.js';

/**
 * The Associated Press: web copy (`WASHINGTON (AP) —`) and the ANPA wire (`_` dashes). After the
 * story: a `___` rule, contributor lines, funding notes, corrections; `By The Associated Press`
 * credits the agency, not a person.
 */
export default profile({
  id: 'ap',
  name: 'AP',
  aliases: ['AP', 'Associated Press', 'The Associated Press'],
  display: 'headline-deck',
  datelineForms: ['place-agency'],
  separators: ['—', '_', '-'],
  footer: [
    { kind: 'contributor', line: /^Associated Press (?:writers?|reporters?|correspondents?|journalists?)\b.*$/i },
    // `The Associated Press receives support from ...`, `AP's climate coverage receives ...`
    { kind: 'note', line: /^(?:The )?(?:Associated Press|AP)(?:['’]s?)? .{0,80}?\breceives\b.*$/ },
    { kind: 'note', line: /^(?:Follow|Read more of) AP['’]s\b.*$/ },
    { kind: 'note', line: /^This (?:story|article|version) (?:has been|was) (?:corrected|updated)\b.*$/ },
    { kind: 'signoff', line: /^AP-[A-Z]{2}-\d\d-\d\d-\d\d\s+\d{4}\s*GMT<?$/ },
  ],
  agencyBylines: [/^by (?:the )?associated press$/i, /^associated press=?$/i],
  captionCredits: [/\(AP Photo(?:\/[^()]*)?\)$/],
});
