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
    const events = compile('A strong aftershock shook the Orlan valley on Sunday, March 10, a day after a strong quake killed 2,000 people.');
    const quake = events.find((e) => e.date.start === '2024-03-09');
    expect(quake).toBeDefined();
    expect(quake!.label).toMatch(/quake killed 2,000 people/i);
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

describe('anchored to a happening told before', () => {
  it('dates "two hours after the first quake" from the quake told earlier, as a happening of its own', () => {
    const events = compile('A strong earthquake struck the Orlan valley on March 9, cutting roads.\n\nA second tremor rattled the town of Tesk some two hours after the first quake.');
    const after = events.find((e) => e.date.text === 'two hours after the first quake');
    expect(after).toBeDefined();
    expect(after!.date).toMatchObject({ start: '2024-03-09', precision: 'day' });
    expect(after!.label).toBe('Second tremor rattled the town of Tesk');
    // Not joined with the quake it counts from.
    expect(events.filter((e) => e.date.start === '2024-03-09')).toHaveLength(2);
  });

  it('gives weeks counted from a happening the month, not a day', () => {
    const events = compile('A dockers’ strike closed the port of Tesk from February 5 to February 7.\n\nThe union signed a new wage deal two weeks after the walkout.');
    expect(events.find((e) => /wage deal/.test(e.label))?.date).toMatchObject({ start: '2024-02-01', precision: 'month' });
  });

  it('dates nothing from a happening not told with a day, or of no known kind', () => {
    expect(compile('The council resigned two days after the vote.')).toHaveLength(0);
    const events = compile('Ivo Marel was charged with murder on March 4.\n\nA neighbour saw his van ten days before the murder.');
    expect(events.map((e) => e.date.start)).toEqual(['2024-03-04']);
  });
});
