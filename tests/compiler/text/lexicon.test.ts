import { describe, expect, it } from 'vitest';
import { alternation, CALENDAR_WORDS, isSentenceAdverb, pastOfIng, phraseAlternation, MONTH_NUMBERS, PAST_WORDS, WEEKDAY_NUMBERS } from '../../../src/compiler/text/lexicon';

describe('the shared lexicon', () => {
  it('numbers months by full name and by every abbreviation news writes', () => {
    expect(MONTH_NUMBERS.january).toBe(1);
    expect(MONTH_NUMBERS.sept).toBe(9);
    expect(MONTH_NUMBERS.sep).toBe(9);
    expect(MONTH_NUMBERS.dec).toBe(12);
    expect(MONTH_NUMBERS.may).toBe(5);
    expect(MONTH_NUMBERS.mayday).toBeUndefined();
  });

  it('numbers weekdays from Sunday, as getUTCDay does', () => {
    expect(WEEKDAY_NUMBERS.sunday).toBe(0);
    expect(WEEKDAY_NUMBERS.thursday).toBe(4);
  });

  it('knows calendar words in lower case only', () => {
    expect(CALENDAR_WORDS.has('march')).toBe(true);
    expect(CALENDAR_WORDS.has('oct')).toBe(true);
    expect(CALENDAR_WORDS.has('March')).toBe(false);
    expect(CALENDAR_WORDS.has('marching')).toBe(false);
  });

  it('builds an alternation that tries the longest word first', () => {
    const re = new RegExp(`^(?:${alternation(['say', 'says', 'said'])})`);
    expect(re.exec('says it')?.[0]).toBe('says');
    expect(new RegExp(`^(?:${alternation(['a.m.'])})$`).test('a.m.')).toBe(true);
    expect(new RegExp(`^(?:${alternation(['a.m.'])})$`).test('axmx')).toBe(false);
  });

  it('matches a phrase whatever white space runs between its words, and never its words run together', () => {
    const re = new RegExp(`^(?:${phraseAlternation(['takes effect', 'takes'])})$`);
    expect(re.test('takes effect')).toBe(true);
    expect(re.test('takes \n effect')).toBe(true);
    expect(re.test('takeseffect')).toBe(false);
  });

  it('reads irregular past forms as past, not every word', () => {
    expect(PAST_WORDS.has('fled')).toBe(true);
    expect(PAST_WORDS.has('flee')).toBe(false);
  });

  it('makes the past of a verb in -ing, regular and irregular', () => {
    expect(pastOfIng('touring')).toBe('toured');
    expect(pastOfIng('arriving')).toBe('arrived');
    expect(pastOfIng('stopping')).toBe('stopped');
    expect(pastOfIng('studying')).toBe('studied');
    expect(pastOfIng('agreeing')).toBe('agreed');
    expect(pastOfIng('meeting')).toBe('met');
    expect(pastOfIng('drawing')).toBe('drew');
    expect(pastOfIng('sinking')).toBe('sank');
    expect(pastOfIng('having')).toBe('had');
    expect(pastOfIng('ring')).toBeNull();
    expect(pastOfIng('sailed')).toBeNull();
  });

  it('tells a sentence adverb from a noun ending in -ly', () => {
    expect(isSentenceAdverb('apparently')).toBe(true);
    expect(isSentenceAdverb('reportedly')).toBe(true);
    expect(isSentenceAdverb('finally')).toBe(true);
    expect(isSentenceAdverb('rally')).toBe(false);
    expect(isSentenceAdverb('family')).toBe(false);
    expect(isSentenceAdverb('assembly')).toBe(false);
  });
});
