// chronology.ts: the items of a dated list take the year its heading or passage gives, as the tagger reads them
// (readChronology) and as the timeline gets its dates from whole articles (readChronologyLayout, through compileArticle).
import { compileArticle } from '../../../src/compiler/events/compileArticle';
import { readDocumentTime } from '../../../src/compiler/temporal/documentTime';
import { splitSentences } from '../../../src/compiler/text/segment';

const PUB = '2015-06-03';

/** Each date of a story's body given as text (lines, headings and lists as an article has them): [text, start, end, anchor words]. */
function story(text: string, published = PUB): string[][] {
  const time = readDocumentTime(published);
  return splitSentences(`Velmar in crisis\n\n${text}`)
    .filter((s) => s.role !== 'headline')
    .flatMap((s) => time.read(s.text).expressions.map((e) => [e.text, e.date.start, e.date.end, e.anchor?.text ?? '']));
}

describe('chronology', () => {
  it('reads the items under a heading that names an earlier year in that year, colon or dash, past or present tense', () => {
    const text = [
      'The Kessig council said on Monday it would reopen the inquiry.', '',
      'Chronology of the 2008 crisis:', '',
      'Jan. 4: Rebels seize the port of Oslin. Ten people die.',
      'Feb. 10: The Kessig council called a vote.', '',
      '- March 3 — Talks open in Ravel.',
      '- March 18-19 — A summit is held in Tessel.', '',
    ].join('\n');
    const heading = 'Chronology of the 2008 crisis';
    expect(story(text).slice(2)).toEqual([
      ['Jan. 4', '2008-01-04', '2008-01-04', heading],
      ['Feb. 10', '2008-02-10', '2008-02-10', heading],
      ['March 3', '2008-03-03', '2008-03-03', heading],
      ['March 18-19', '2008-03-18', '2008-03-19', heading],
    ]);
  });

  it('follows the list into the next year, and takes the year an item writes out for the items after it', () => {
    const text = [
      'Key dates:', '',
      'Nov. 2, 2006: Miners in Corran walk out.',
      'Dec. 30: A truce is signed.',
      'Jan. 2: The truce collapses.',
      'March 5: Talks resume.', '',
    ].join('\n');
    expect(story(text).map((d) => d[1])).toEqual(['2006-11-02', '2006-12-30', '2007-01-02', '2007-03-05']);
  });

  it('names a long heading by its date alone', () => {
    const text = [
      'Here is a look back at how the dispute over the Brenna Valley dam unfolded in 2008:', '',
      'May 19: The Kessig council blocks the dam.', '',
    ].join('\n');
    expect(story(text).at(-1)).toEqual(['May 19', '2008-05-19', '2008-05-19', '2008']);
  });

  it('takes the year of the passage the list follows when no heading names one', () => {
    const text = [
      'In February 1994, the Brenna Valley ceasefire was signed in Tolmar.',
      'What followed:', '',
      'May 19: The monitoring committee is set up.',
      'June 2: The first monitors arrive.', '',
    ].join('\n');
    expect(story(text).slice(1).map((d) => d[1])).toEqual(['1994-05-19', '1994-06-02']);
  });

  it('leaves alone what follows the list, lists with no earlier year, and sentences that only begin with a date', () => {
    const after = [
      'Chronology of the 2008 crisis:', '',
      'Jan. 4: Rebels seize the port of Oslin.', '',
      'The Kessig council will meet again on May 4.',
    ].join('\n');
    expect(story(after).at(-1)).toEqual(['May 4', '2016-05-04', '2016-05-04', '']);
    // A list under a heading of the publication year, or with none: the year publication implies.
    expect(story('Key dates of 2015:\n\nMarch 3: Talks open in Ravel.\n').at(-1)?.[1]).toEqual('2015-03-03');
    expect(story('What is next:\n\nJuly 8: The Kessig council votes.\n')[0]?.[1]).toEqual('2015-07-08');
    // A short sentence with a year is no heading: the item after it keeps the publication's year.
    expect(story('The council says repairs start on June 2, 2014.\n\nMarch 3 – The Brenna bridge closes.\n').at(-1)?.[1]).toEqual('2015-03-03');
    // Not an item: no colon or dash after the date.
    expect(story('Chronology of the 2008 crisis:\n\nMarch 3 was a cold day in Ravel.\n').at(-1)?.[1]).toEqual('2015-03-03');
    // A heading too far back before the first item.
    const far = [
      'Chronology of the 2008 crisis:', '',
      'Ravel is calm today.', 'Shops have reopened.', 'Schools open next week.', '',
      'March 3: Talks open in Ravel.',
    ].join('\n');
    expect(story(far).at(-1)?.[1]).toEqual('2015-03-03');
  });
});

const compile = (body: string, published = '2016-04-10') =>
  compileArticle({ id: 'x', file: 'x.md', raw: `---\npublished: ${published}\n---\nHeadline\n\n${body}\n`, sidecar: null }).events;

const dated = (body: string, published?: string) => compile(body, published).map((e) => [e.date.text, e.date.start, e.date.precision]);

describe('chronology items on the timeline', () => {
  it('gives an item without a year the year of the item before it, and a date counted from it inside the item', () => {
    const body = [
      'Here are the main events since 2001:',
      'May 2001 – The Varnel Accord creates a joint river authority.',
      'Oct. 4-5, 2003 – Talks in Ostrava collapse.',
      'Oct. 19 – Tolmar closes its border crossings.',
      'Dec. 2 – The river authority is dissolved. Border guards leave the bridges a day later.',
      'March 8, 2009 – A new accord is signed in Brenna.',
    ].join('\n\n');
    expect(dated(body)).toEqual([
      ['May 2001', '2001-05-01', 'month'],
      ['Oct. 4-5, 2003', '2003-10-04', 'day'],
      ['Oct. 19', '2003-10-19', 'day'],
      ['Dec. 2', '2003-12-02', 'day'],
      ['a day later', '2003-12-03', 'day'],
      ['March 8, 2009', '2009-03-08', 'day'],
    ]);
  });

  it('keeps a list that runs from December into January in the next year', () => {
    const body = [
      'Chronology of the 2008 Varnel crisis:',
      'Nov. 12 – Tolmar closes its border crossings.',
      'Dec. 20 – The river authority is dissolved.',
      'Jan. 6 – A new accord is signed in Brenna.',
    ].join('\n\n');
    expect(dated(body)).toEqual([
      ['Nov. 12', '2008-11-12', 'day'],
      ['Dec. 20', '2008-12-20', 'day'],
      ['Jan. 6', '2009-01-06', 'day'],
    ]);
  });

  it('reads a bare year opening an item as its date', () => {
    const body = ['2004 – A drought empties the Varnel reservoir.', 'June 2007 – Rationing ends in Tolmar.'].join('\n\n');
    expect(dated(body)).toEqual([
      ['2004', '2004-01-01', 'year'],
      ['June 2007', '2007-06-01', 'month'],
    ]);
  });

  it('leaves alone the prose after a list, and a lone paragraph that opens on a date', () => {
    const body = [
      'May 2001 – The Varnel Accord creates a joint river authority.',
      'Oct. 4, 2003 – Talks in Ostrava collapse.',
      'The council says repairs of the Brenna bridge start on May 4.',
    ].join('\n\n');
    expect(dated(body).at(-1)).toEqual(['May 4', '2016-05-04', 'day']);
    // A sentence that ends on a colon before a list is no heading: its happening stays.
    const announced = ['On June 2, 2015, the Brenna council approved a plan in three steps after a long debate:', 'Oct. 4, 2015 – The old bridge closes.', 'May 2016 – The new bridge opens.'].join('\n\n');
    expect(dated(announced)[0]).toEqual(['June 2, 2015', '2015-06-02', 'day']);
    // One date-led paragraph is a lead: its year-less date keeps the publication's year.
    expect(dated('The council says repairs start on June 2, 2015.\n\nMarch 3 – The Brenna bridge closes for repairs.')).toEqual([
      ['June 2, 2015', '2015-06-02', 'day'],
      ['March 3', '2016-03-03', 'day'],
    ]);
  });
});
