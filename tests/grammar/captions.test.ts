import { describe, expect, it } from 'vitest';
import { captionText, endsWithPhotoCredit, isImageCell, readCaption } from '../../src/grammar/captions.js';

describe('captions: image cells', () => {
  it.each(['![]()', '![]() |', '| ![](https://example.com/a.jpg) |', '  ![photo](a.jpg)  '])('%j is an image cell', (text) => {
    expect(isImageCell(text)).toBe(true);
  });
  it.each(['![]', 'see ![](a.jpg) here', '| caption |', '![](a.jpg) text'])('%j is not', (text) => {
    expect(isImageCell(text)).toBe(false);
  });
});

describe('captions: the gate of an image cell', () => {
  it('lets through a cell opening with `|` or `!` after white space, and no other printable ASCII', () => {
    for (const indent of ['', '  ', '\t', '\u00a0']) {
      expect(isImageCell(`${indent}![](a.jpg)`), `${JSON.stringify(indent)} !`).toBe(true);
      expect(isImageCell(`${indent}| ![](a.jpg) |`), `${JSON.stringify(indent)} |`).toBe(true);
      for (let c = 33; c < 127; c++) {
        const first = String.fromCharCode(c);
        if (first !== '|' && first !== '!') expect(isImageCell(`${indent}${first} ![](a.jpg) |`), first).toBe(false);
      }
    }
  });
});

describe('captions: caption text', () => {
  it('reads a table row, with or without the ▲ mark', () => {
    expect(captionText('| ▲ Rescuers search the river bank (Yonhap) |')).toBe('Rescuers search the river bank (Yonhap)');
    expect(captionText('|Rescuers search the river bank|')).toBe('Rescuers search the river bank');
  });
  it('keeps pipes inside the cell', () => {
    expect(captionText('| a | b |')).toBe('a | b');
  });
  it('reads a ▲ line', () => {
    expect(captionText('  ▲   A ferry leaves port  ')).toBe('A ferry leaves port');
  });
  it('refuses table rules, empty cells and plain lines', () => {
    expect(captionText('|---|:--|')).toBeNull();
    expect(captionText('| |')).toBeNull();
    expect(captionText('||')).toBeNull();
    expect(captionText('▲')).toBeNull();
    expect(captionText('A ferry leaves port')).toBeNull();
  });
});

describe('captions: credits and restrictions', () => {
  it('splits the trailing credit off', () => {
    expect(readCaption('A ferry leaves port (Yonhap)')).toEqual({ text: 'A ferry leaves port (Yonhap)', credit: 'Yonhap', restrictions: [] });
  });
  it('reads restrictions after the credit, in order', () => {
    const c = readCaption('Workers repair a dam (AP Photo/Jane Roe) (NO ARCHIVES) (PHOTO NOT FOR SALE)');
    expect(c.credit).toBe('AP Photo/Jane Roe');
    expect(c.restrictions).toEqual(['NO ARCHIVES', 'PHOTO NOT FOR SALE']);
  });
  it('reads `Photo by NAME/Agency` credits', () => {
    expect(readCaption('Lanterns over the lake. (Photo by Li Hua/Xinhua)').credit).toBe('Photo by Li Hua/Xinhua');
  });
  it('leaves a parenthesis that is no credit in the text', () => {
    expect(readCaption('The mayor (left) speaks, 2024').credit).toBeNull();
    expect(readCaption('Members of the 3rd (12345) battalion (2024)').credit).toBeNull();
  });
});

describe('captions: lines ending in a photo credit', () => {
  it('reads a line ending in a profile photo credit as a caption', () => {
    expect(endsWithPhotoCredit('시민들이 다리를 걷고 있다. 2026.5.4/뉴스1 ⓒNews1 윤가은 기자')).toBe(true);
    expect(endsWithPhotoCredit('Crews clear snow from a runway on Jan. 4, 2026. (AP Photo/Jane Roe)')).toBe(true);
    expect(endsWithPhotoCredit('Cranes are unloaded in Incheon. (PHOTO NOT FOR SALE) (Yonhap)')).toBe(true);
    expect(endsWithPhotoCredit('다리 전경[부산시 제공. 재판매 및 DB 금지]')).toBe(true);
  });

  it('reads the credit under white space left at the end of the text', () => {
    expect(endsWithPhotoCredit('Crews clear snow from a runway. (AP Photo/Jane Roe) \t')).toBe(true);
    expect(endsWithPhotoCredit('Cranes are unloaded in Incheon. (PHOTO NOT FOR SALE) (Yonhap)\u00a0')).toBe(true);
    expect(endsWithPhotoCredit('시민들이 다리를 걷고 있다. 2026.5.4/뉴스1 ⓒNews1 윤가은 기자\u3000')).toBe(true);
    expect(endsWithPhotoCredit('   ')).toBe(false);
    expect(endsWithPhotoCredit('')).toBe(false);
  });

  it('not a paragraph ending in the agency name alone (a reprint)', () => {
    expect(endsWithPhotoCredit('The ministry said the bridge would open in May. (Yonhap)')).toBe(false);
    expect(endsWithPhotoCredit('Shares of Acme Corp (ACME) rose.')).toBe(false);
  });
});
