import { describe, expect, it } from 'vitest';
import { composeFooter } from '../../src/compose/footer.js';
import { matchFooter } from '../../src/profiles/index.js';

describe('footer: sorting lines', () => {
  it('takes the first end marker, sign-off and copyright, and every contributor and e-mail', () => {
    const footer = composeFooter([
      { text: '(END)', kind: 'end' },
      { text: 'Reporting by Jane Roe', kind: 'contributor' },
      { text: 'Additional reporting by Kim Min-ji', kind: 'contributor' },
      { text: '((jane.roe@example.com;))', kind: 'email' },
      { text: '(C) Yonhap News Agency. All Rights Reserved', kind: 'copyright' },
      { text: '-0-', kind: 'end' },
    ]);
    expect(footer).toEqual({
      lines: ['(END)', 'Reporting by Jane Roe', 'Additional reporting by Kim Min-ji', '((jane.roe@example.com;))', '(C) Yonhap News Agency. All Rights Reserved', '-0-'],
      endMarker: '(END)',
      signOff: null,
      copyright: '(C) Yonhap News Agency. All Rights Reserved',
      contributors: ['Reporting by Jane Roe', 'Additional reporting by Kim Min-ji'],
      emails: ['jane.roe@example.com'],
    });
  });
  it('an empty footer', () => {
    expect(composeFooter([])).toEqual({ lines: [], endMarker: null, signOff: null, copyright: null, contributors: [], emails: [] });
  });
  it('unwraps e-mails with any number of brackets and semicolons', () => {
    expect(composeFooter([{ text: '(((a@b.cc;;;)))', kind: 'email' }]).emails).toEqual(['a@b.cc']);
  });
});

describe('footer: recognising lines (common rules)', () => {
  it.each([
    ['(END)', 'end'],
    ['-0-', 'end'],
    ['###', 'end'],
    ['(MORE)', 'end'],
    ['© 2025 Example Media', 'copyright'],
    ['Copyright 2025 Example Media. All rights reserved.', 'copyright'],
    ['jane.roe@example.com', 'email'],
    ['-----', 'rule'],
    ['Jane Roe contributed to this report.', 'contributor'],
    ['(Reporting by Jane Roe; Editing by Kim Min-ji)', 'note'],
  ])('%j is %s', (text, kind) => {
    expect(matchFooter(text)?.kind).toBe(kind);
  });
  it('ordinary prose is no footer line', () => {
    expect(matchFooter('The end of the season came early.')).toBeNull();
  });
});
