// A chronology's items carry their year down the list, through compileArticle
// as the timeline gets the dates.
import { compileArticle } from '../../../src/compiler/events/compileArticle';

const compile = (body: string, published = '2016-04-10') =>
  compileArticle({ id: 'x', file: 'x.md', raw: `---\npublished: ${published}\n---\nHeadline\n\n${body}\n`, sidecar: null }).events;

const dated = (body: string, published?: string) => compile(body, published).map((e) => [e.date.text, e.date.start, e.date.precision]);

describe('chronology items', () => {
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
