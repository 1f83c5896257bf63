import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/pipeline/parse.js';
import { renderSummary } from '../../src/render/summary.js';

/** Body paragraphs the summary shows before the count of the rest, as README says. */
const SHOWN_PARAGRAPHS = 3;

// Invented stories.
const english = [
  'HARBOUR PILOTS AGREE NEW ROTA AFTER LONG TALKS ABOUT NIGHT SHIFTS AND WINTER PAY IN THE NORTHERN PORTS',
  '    TROMSO, March 4 - Harbour pilots in the northern ports agreed a new rota on Wednesday after talks that ran for most of the winter, their union said.',
  '    The rota gives each pilot two nights off in seven.',
  '    Port owners said the change would cost little.',
  '    A vote on pay follows next month.',
  '    The union has 400 members.',
  ' Reuter',
  '',
].join('\n');
const korean = ['등대지기 노조, 새 근무표 합의 등대지기 노조, 새 근무표 합의 등대지기 노조, 새 근무표 합의', '', '(부산=가상통신) 등대지기 노조가 새 근무표에 합의했다고 4일 밝혔다. 노조는 겨울 내내 협상을 이어왔다. 노조는 겨울 내내 협상을 이어왔다.', ''].join('\n');

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('renderSummary', () => {
  for (const width of [40, 80, 100]) {
    it(`every line fits ${width} columns, Korean too`, () => {
      for (const text of [english, korean]) {
        const out = renderSummary(parseText(text, { source: 'wire/pilots.txt' }), { color: false, width });
        for (const line of lines(out)) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      }
    });
  }

  it('shows the first paragraphs and counts the rest; full shows them all', () => {
    const stories = parseText(english, { source: 'x.txt' });
    const paragraphs = stories[0]!.body.length;
    expect(paragraphs).toBeGreaterThan(SHOWN_PARAGRAPHS);
    const short = renderSummary(stories, { color: false, width: 200 });
    expect(short).toContain(`… ${paragraphs - SHOWN_PARAGRAPHS} more paragraph`);
    expect(short).not.toContain('The union has 400 members.');
    const full = renderSummary(stories, { color: false, width: 200, full: true });
    expect(full).toContain('The union has 400 members.');
    expect(full).not.toContain('more paragraph');
  });

  it('colours only when asked', () => {
    const stories = parseText(english, { source: 'x.txt' });
    expect(renderSummary(stories, { color: false })).not.toContain('\x1b[');
    expect(renderSummary(stories, { color: true })).toContain('\x1b[');
  });
});
