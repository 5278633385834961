import { findTimeExpressions } from '../../../src/compiler/temporal/findTimeExpressions';
import { effectiveNow } from '../../../src/compiler/events/effectiveNow';
import { compileArticle } from '../../../src/compiler/events/compileArticle';

const PUBLISHED = '2023-11-17';

function now(sentence: string) {
  const { expressions } = findTimeExpressions(sentence, { published: PUBLISHED, previous: null });
  return effectiveNow(sentence, expressions, PUBLISHED).map((e) => [e.text, e.date.start, e.date.precision]);
}

describe('effectiveNow: a change that takes effect immediately happens on the day told', () => {
  it('dates stepping down, resigning and closing "immediately" by the publication day', () => {
    expect(now('The company also says its chief executive, Ana Brel, will step down from her role effective immediately.'))
      .toEqual([['effective immediately', PUBLISHED, 'day']]);
    expect(now('Tomas Varek, who has led the port authority since 2015, is stepping down from that post immediately.'))
      .toEqual([['immediately', PUBLISHED, 'day']]);
    expect(now('The mayor of Kessaro resigned with immediate effect.')).toEqual([['with immediate effect', PUBLISHED, 'day']]);
    expect(now('The ferry line will close immediately, the owners said.')).toEqual([['immediately', PUBLISHED, 'day']]);
  });

  it('leaves a change denied, one "immediately after" another happening, a non-response and a clause with its own date', () => {
    expect(now('Brel said she would not step down immediately.')).toEqual([]);
    expect(now('Brel will resign immediately after the vote.')).toEqual([]);
    expect(now('Brenmark Foods did not immediately respond to a request to close the plant.')).toEqual([]);
    expect(now('Brel will step down on Friday, immediately ending her term.')).toEqual([]);
    expect(now('The injured were immediately taken to hospital.')).toEqual([]);
    // A past change with a bare "immediately" tells how fast, in a story of any day.
    expect(now('When the alarm sounded at the Orlan mill, the workers left immediately.')).toEqual([]);
    expect(now('Varek resigned immediately, and the board met without him.')).toEqual([]);
    expect(now('Varek resigned effective immediately.')).toEqual([['effective immediately', PUBLISHED, 'day']]);
  });
});

describe('effectiveNow in an article', () => {
  it('gives the change an event on the publication day, labelled by who changes', () => {
    const raw = `---\ntitle: Brenmark chief to go\npublished: ${PUBLISHED}\n---\n\nAlongside the news, the firm says its chief executive, Ana K. Brel, will step down from her post effective immediately.\n`;
    const { events } = compileArticle({ id: 'brenmark', file: 'brenmark.md', raw });
    expect(events.map((e) => [e.date.start, e.label])).toEqual([[PUBLISHED, 'Ana K. Brel will step down from her post']]);
  });
});
