import { profile } from '../profile.js';

/**
 * The Canadian Press: web copy mostly without a dateline, or `HALIFAX (CP) -`; the story closes
 * with `This report by The Canadian Press was first published March 3, 2026.` and an end byline
 * (`— By NAME in Halifax, with files from NAME`).
 */
export default profile({
  id: 'cp',
  name: 'The Canadian Press',
  aliases: ['The Canadian Press', 'Canadian Press', 'CP', 'La Presse Canadienne'],
  languages: ['en', 'fr'],
  display: 'headline-deck',
  datelineForms: ['place-agency'],
  separators: ['—', '-'],
  footer: [
    { kind: 'note', line: /^This (?:report|story|article) by The Canadian Press was first published\b.{0,80}$/ },
    { kind: 'contributor', line: /^[—–-] ?(?:By|With files from) \p{Lu}.{0,200}$/u },
  ],
  agencyBylines: [/^by the canadian press$/i],
  captionCredits: [/\(THE CANADIAN PRESS(?:\/[^()]*)?\)$/],
});
