// Dates anchored to another happening of the same sentence ("a day after a
// massive earthquake"): the happening gets the anchor's date shifted by the
// phrase. Invented sentences, compiled whole.
import { compileArticle } from '../../../src/compiler/events/compileArticle';

function compile(body: string, published = '2024-03-12') {
  const raw = ['---', 'title: A story', `published: ${published}`, '---', body].join('\n');
  return compileArticle({ id: 'story', file: 'story.md', raw }).events;
}

describe('anchored dates', () => {
  it('dates a happening told after "a day after" a day before the sentence’s own date', () => {
    const events = compile('A strong aftershock shook the Orlan valley on Sunday, March 10, a day after a massive earthquake killed 2,000 people.');
    const quake = events.find((e) => e.date.start === '2024-03-09');
    expect(quake).toBeDefined();
    expect(quake!.label).toMatch(/earthquake killed 2,000 people/i);
    expect(events.some((e) => e.date.start === '2024-03-10')).toBe(true);
  });

  it('dates the noun before "the day before that …" a day before the anchor', () => {
    const events = compile('On Monday, March 11, rescuers reached survivors of a landslide the day before that buried the village of Tesk.');
    const slide = events.find((e) => e.date.start === '2024-03-10');
    expect(slide).toBeDefined();
    expect(slide!.label).toMatch(/landslide/i);
  });

  it('makes no event of "the day before the fire", which only dates its own clause', () => {
    const events = compile('Inspectors visited the warehouse on Tuesday, March 5, the day before the fire.');
    expect(events.map((e) => e.date.start)).toEqual(['2024-03-05']);
  });
});
