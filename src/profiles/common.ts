/**
 * Footer lines that mean the same thing whoever wrote the story.
 */
import type { FooterRule } from './profile.js';

export const COMMON_FOOTER: readonly FooterRule[] = [
  { kind: 'copyright', line: /^(?:\(c\)|©|copyright\b)/i },
  { kind: 'copyright', line: /\ball rights reserved\.?$/i },
  { kind: 'email', line: /^\(*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[;)]*$/ },
  { kind: 'rule', line: /^(?:_{3,}|-{3,}|={3,}|\*(?:\s*\*){2,})$/ },
  { kind: 'contributor', line: /\bcontributed (?:to )?(?:this )?report(?:ing)?\b.*\.?$/i },
  { kind: 'note', line: /^\((?:reporting|writing|editing|additional reporting|compiled) by\b.*\)$/i },
  { kind: 'end', line: /^(?:\(end\)|-?end-?|\(more\)|-0-|#{3,}|\[end\])$/i },
  // Desk initials closing the copy (AFP `bur-abc/def`, EFE and IANS `ab/cd`): several agencies.
  { kind: 'signoff', line: /^[a-z]{2,5}(?:[-/][a-z]{2,5}){1,6}$/ },
];
