// compileArticle's dates as the timeline gets them: the time of day a
// sentence gives, what each date was counted from, and a passage about an
// earlier year keeping that year.
import { compileArticle } from '../../../src/compiler/events/compileArticle';

const compile = (body: string, published = '2022-12-22') =>
  compileArticle({ id: 'x', file: 'x.md', raw: `---\npublished: ${published}\n---\nHeadline\n\n${body}\n`, sidecar: null }).events;

describe('compileArticle dates', () => {
  it('gives an event the time of day its sentence gives, read as its day', () => {
    const [e] = compile('The Ostrava summit opened at 11 a.m. on Thursday.');
    expect(e!.date).toEqual({ start: '2022-12-22', end: '2022-12-22', precision: 'day', time: { clock: '11:00', precision: 'hour' }, text: 'on Thursday' });
    expect(e!.dateReason.anchor).toBe('the publication date, 22 December 2022');
  });

  it('gives no time to a date without one, and none to a month', () => {
    const events = compile('The Ostrava summit opened on Thursday. Talks began in May at 9 a.m.');
    expect(events.map((e) => e.date.time)).toEqual([undefined, undefined]);
  });

  it('says a date written in full was counted from nothing, and a year-less one in a passage about 1994 from that year', () => {
    const events = compile('In February 1994, the Brenna Valley ceasefire was signed in Tolmar.\n\nOn May 19, the monitoring committee was established.', '2015-06-02');
    expect(events.map((e) => [e.date.text, e.date.start, e.dateReason.anchor])).toEqual([
      ['February 1994', '1994-02-01', undefined],
      ['May 19', '1994-05-19', 'the year the passage is set in, 1994 (from “February 1994”)'],
    ]);
  });
});
