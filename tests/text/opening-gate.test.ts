import { describe, expect, it } from 'vitest';
import { OpeningGate } from '../../src/text/opening-gate.js';

const PRINTABLE = Array.from({ length: 94 }, (_, k) => String.fromCharCode(33 + k));

describe('an opening gate', () => {
  const gate = new OpeningGate('(e^', String.raw`^\s*(?:\(\s*)?(?:eds|\^x)\b`, 'i');

  it('turns a text away exactly when the pattern, gate included, cannot open with its character', () => {
    for (const c of PRINTABLE) {
      for (const indent of ['', '  ', '\t ']) {
        const text = `${indent}${c}ds x`;
        expect(gate.mayOpen(text), JSON.stringify(text)).toBe('(eE^'.includes(c));
        if (!gate.mayOpen(text)) expect(gate.pattern.test(text), JSON.stringify(text)).toBe(false);
      }
    }
  });

  it('matches what the pattern as written matches when the text opens with a listed character', () => {
    for (const text of ['Eds: x', '  (eds x', '( EDS', '^x y', '\u00a0eds', '\veds']) {
      expect(gate.test(text), JSON.stringify(text)).toBe(true);
    }
    for (const text of ['Edsel', 'x eds', '', '   ']) expect(gate.test(text), JSON.stringify(text)).toBe(false);
  });

  it('leaves characters beyond printable ASCII, and empty texts, to the pattern', () => {
    for (const text of ['', '   ', '\u00a0x', '한국', '\u0002eds']) expect(gate.mayOpen(text), JSON.stringify(text)).toBe(true);
  });

  it('folds case only with the i flag', () => {
    const strict = new OpeningGate('e', '^eds');
    expect(strict.mayOpen('Eds')).toBe(false);
    expect(strict.mayOpen('eds')).toBe(true);
  });

  it('refuses a pattern not anchored at the start, or a gate character that is not printable ASCII', () => {
    expect(() => new OpeningGate('e', 'eds')).toThrow(/anchored/);
    expect(() => new OpeningGate(' ', '^ x')).toThrow(/printable ASCII/);
  });
});
