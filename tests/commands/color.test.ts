import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { addColorOption, colorFor, colorModeOf } from '../../src/commands/color.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('colorFor', () => {
  it('always and never decide whatever the stream and the environment', () => {
    expect(colorFor('always', pipe, { NO_COLOR: '1' })).toBe(true);
    expect(colorFor('never', tty, { FORCE_COLOR: '1' })).toBe(false);
  });
  it('auto colours a terminal only', () => {
    expect(colorFor('auto', tty, {})).toBe(true);
    expect(colorFor('auto', pipe, {})).toBe(false);
  });
  it('auto: NO_COLOR (non-empty) wins over FORCE_COLOR; FORCE_COLOR=0 and false turn colour off', () => {
    expect(colorFor('auto', tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colorFor('auto', tty, { NO_COLOR: '' })).toBe(true);
    expect(colorFor('auto', pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorFor('auto', tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorFor('auto', tty, { FORCE_COLOR: 'false' })).toBe(false);
  });
});

describe('the option', () => {
  it('takes auto, always and never, and --no-color means never', () => {
    const parsed = (...args: string[]) => addColorOption(new Command().exitOverride().configureOutput({ writeErr: () => {} })).parse(args, { from: 'user' }).opts().color as unknown;
    expect(parsed('--color', 'Always')).toBe('always');
    expect(() => parsed('--color', 'sometimes')).toThrow(/auto, always, never/);
    expect(parsed('--no-color')).toBe(false);
    expect(colorModeOf(false)).toBe('never');
    expect(colorModeOf(undefined)).toBe('auto');
    expect(colorModeOf('never')).toBe('never');
  });
});
