import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/pipeline/parse.js';

const first = (text: string) => parseText(text)[0]!;

describe('display: slugs by their shape', () => {
  it.each([
    ['Harbour-Strike', 'Dock workers walk out over pay'],
    ['PORTS-CHINA/ (UPDATE 2)', 'UPDATE 2-Port of Ningbo to add berths'],
    ['BC-EU--Rail Strike', 'Rail strike halts trains across the Alps'],
    ['RAIL STRIKE', 'Rail strike halts trains across the Alps'],
  ])('%j above a headline is a slug, even for an agency that writes headline then deck', (slug, headline) => {
    const story = first(`${slug}\n${headline}\nPARIS, May 4 (AFP) - Workers walked out on Monday.\n`);
    expect(story.slug).toBe(slug);
    expect(story.headline).toBe(headline);
  });

  it('a headline over a summary stays headline and deck', () => {
    const story = first('Port of Ningbo adds two berths\nThe port expects traffic to double by 2030\nPARIS, May 4 (AFP) - The port will add two berths.\n');
    expect(story.slug).toBeNull();
    expect(story.headline).toBe('Port of Ningbo adds two berths');
    expect(story.deck).toBe('The port expects traffic to double by 2030');
  });

  it('an upper-case headline over an upper-case line is no slug', () => {
    const story = first('RAIL STRIKE\nTRAINS HALTED ACROSS THE ALPS TODAY\nPARIS, May 4 (AFP) - Workers walked out.\n');
    expect(story.slug).toBeNull();
  });
});

describe('display: fields above a markup body', () => {
  it('reads the plain lines above the first markup line as the display block', () => {
    const story = first('Tram-Lisbon\nTrams return to the hill line\nBy ANA COSTA\nAP Travel Writer\n\n<p>Trams run again on the hill line.</p>\n<p>The line closed in 2024.</p>\n');
    expect(story.slug).toBe('Tram-Lisbon');
    expect(story.headline).toBe('Trams return to the hill line');
    expect(story.byline).toBe('By ANA COSTA');
    expect(story.credit).toBe('AP Travel Writer');
    expect(story.body).toEqual(['Trams run again on the hill line.', 'The line closed in 2024.']);
  });

  it.each(['AP Travel Writer', 'Staff Correspondent', 'AP Film Critic', 'Senior Columnist', 'Business Reporters'])(
    'the title %j under a byline is the byline\'s credit, whatever its last letter',
    (title) => {
      const story = first(`Trams return to the hill line\nBy ANA COSTA\n${title}\nLISBON, May 4 (AP) - Trams run again on the hill line.\n`);
      expect(story.byline).toBe('By ANA COSTA');
      expect(story.credit).toBe(title);
      expect(story.headline).toBe('Trams return to the hill line');
    },
  );

  it('a line under a byline that only mentions a title is not its credit', () => {
    const story = first('Trams return to the hill line\nBy ANA COSTA\nWriter of the year\nLISBON, May 4 (AP) - Trams run again on the hill line.\n');
    expect(story.credit).toBeNull();
  });

  it('a plain paragraph with an entity further down does not make the lines above it fields', () => {
    const story = first('Trams return to the hill line\nTrams run again on the hill line.\nThe line closed in 2024.\nTickets cost 3 &amp; up.\n');
    expect(story.headline).toBe('Trams return to the hill line');
    expect(story.deck).toBeNull();
  });

  it('plain copy without a dateline keeps its first line alone as the display block', () => {
    const story = first('Trams return to the hill line\nTrams run again on the hill line.\nThe line closed in 2024.\n');
    expect(story.headline).toBe('Trams return to the hill line');
    expect(story.body).toHaveLength(2);
  });
});

describe('display: notes', () => {
  it('a version note wrapped over two lines is one note', () => {
    const story = first('Ningbo port adds berths\n(Adds comment from operator,\ncost in paragraph 3)\nNINGBO, China, May 6 (Reuters) - The port will add two berths.\n');
    expect(story.notes.map((n) => n.text)).toEqual(['(Adds comment from operator, cost in paragraph 3)']);
    expect(story.deck).toBeNull();
  });
});
