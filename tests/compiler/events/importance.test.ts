import { describe, expect, it } from 'vitest';
import { articleImportance, headlineShare, withSources } from '../../../src/compiler/events/importance';
import { compileArticle } from '../../../src/compiler/events/compileArticle';

describe('articleImportance', () => {
  const base = { published: '2024-03-10', precision: 'day' as const };
  it('ranks the lead happening of the week above background the article recalls', () => {
    const lead = articleImportance({ ...base, paragraphFromLead: 0, headlineShare: 0.6, start: '2024-03-09' });
    const history = articleImportance({ ...base, paragraphFromLead: 4, headlineShare: 0, start: '1998-05-01', precision: 'year' });
    expect(lead.score).toBeGreaterThan(history.score);
    expect(lead.reasons).toEqual(["in the article's lead", 'what the headline names', 'within a week of publication']);
    expect(history.reasons).toEqual(['background: 26 years from publication']);
  });

  it('raises a happening several sources report above the same happening told once', () => {
    const one = articleImportance({ ...base, paragraphFromLead: 1, headlineShare: 0.2, start: '2024-03-08' });
    const five = withSources([one, { score: 0.1, reasons: [] }], 5);
    expect(five.score).toBeGreaterThan(one.score);
    expect(five.reasons).toContain('reported by 5 sources');
    expect(withSources([one], 1)).toEqual(one);
  });
});

describe('headlineShare', () => {
  it('counts the headline words a sentence holds, not its function words', () => {
    expect(headlineShare('Dock workers end strike at Kessaro', 'The dock workers of Kessaro voted to end their strike on Friday.')).toBe(1);
    expect(headlineShare('Dock workers end strike at Kessaro', 'The harbour master retired in 2010.')).toBe(0);
    expect(headlineShare('The and of', 'The and of')).toBe(0);
  });
});

describe('compiled events', () => {
  it('carry an importance that puts the headline happening first', () => {
    const raw = '---\ntitle: Harbour union ends strike at Kessaro port\npublished: 2024-03-10\n---\nThe harbour union ended its strike at Kessaro port on Saturday after a pay deal.\n\nThe port was built in 1911 by a shipping company.\n';
    const { events } = compileArticle({ id: 'a', file: 'a.md', raw });
    const strike = events.find((e) => e.date.text === 'on Saturday')!;
    const built = events.find((e) => e.date.text === '1911')!;
    expect(strike.importance.score).toBeGreaterThan(built.importance.score);
  });
});
