import { makeLabel } from '../../../src/compiler/events/labels';
import { label } from './labels/label';

describe('makeLabel', () => {
  it('keeps a long clause within 80 characters, cut at a word that wants nothing more', () => {
    const out = label('On Sunday the national electoral commission confirmed the final results of the regional and municipal elections across all nine provinces.', 'On Sunday');
    expect(out.length).toBeLessThanOrEqual(80);
    expect(out).toMatch(/^National electoral commission confirmed the final results/);
    expect(out).not.toMatch(/\b(?:of|the|and|across)…?$/);
  });

  it('cuts a long clause at a clause boundary rather than inside a phrase', () => {
    const out = label('The regional water board approved a plan to rebuild the northern dam on Monday, which engineers said would take at least six years to finish.', 'on Monday');
    expect(out).toBe('Regional water board approved a plan to rebuild the northern dam');
  });
});

describe('makeLabel as a headline', () => {
  it('leaves out its own date, the preposition that governs it and a clock time beside it', () => {
    expect(label('The probe lifted off Saturday at 9:14 a.m. ET from the coast.', 'Saturday')).toBe('Probe lifted off from the coast');
    expect(label('The bank cut its main rate by half a point on Thursday.', 'on Thursday')).toBe('Bank cut its main rate by half a point');
    // A date that names a noun stays: "the winter 2019 lockout".
    expect(label('Miners have been on strike since the winter 2019 lockout.', 'winter 2019')).toMatch(/winter 2019 lockout/);
  });

  it('drops the link word a clause opens on, and reads a noun and its relative clause as a headline', () => {
    expect(label('The group was blamed for a string of attacks, including the harbour bombings that killed 40 people on May 2, 2003.', 'May 2, 2003'))
      .toBe('Harbour bombings killed 40 people');
  });

  it('names what a pronoun or "the company" stands for, and gives a clause that opens on its verb the subject', () => {
    const nameAt = (word: string) => ({ she: 'Ana Brel', it: 'Brenmark Foods', chain: 'Brenmark Foods' } as Record<string, string>)[word.toLowerCase()] ?? null;
    expect(label('She received the Golden Pen award in 1998.', 'in 1998', { nameAt })).toBe('Ana Brel received the Golden Pen award');
    expect(label('The chain filed for bankruptcy on Tuesday.', 'on Tuesday', { nameAt })).toBe('Brenmark Foods filed for bankruptcy');
    expect(label('Elm, 61, a former mayor of the port, led the council from 2004.', 'from 2004', { subject: 'Elm' })).toBe('Elm led the council');
    // An irregular past with a prefix is a verb too.
    expect(label('Valdoria, rich in copper, retook the northern valleys in the war of 1998.', 'of 1998', { subject: 'Valdoria' })).toBe('Valdoria retook the northern valleys in the war');
    expect(label('The rebels, short of fuel, withdrew from the port in 2004.', 'in 2004', { subject: 'The rebels' })).toBe('Rebels withdrew from the port');
    // A noun that only looks like one is left as it is.
    expect(label('Rebuilt schools opened in 2004 across the valley.', 'in 2004', { subject: 'Schools' })).toBe('Rebuilt schools opened across the valley');
  });

  it('says that a speaker spoke of itself', () => {
    const sentence = 'Brenmark Foods announced yesterday that it will close 12 stores by June.';
    const a = sentence.indexOf('Brenmark');
    const at = sentence.indexOf('yesterday');
    const nameAt = (word: string) => (word.toLowerCase() === 'it' ? 'Brenmark Foods' : null);
    expect(makeLabel({ sentence, exprStart: at, exprEnd: at + 9, listStart: at, attribution: { start: a, end: at + 9 }, statementBy: 'Brenmark Foods', people: [], nameAt }))
      .toBe('Brenmark Foods says it will close 12 stores by June');
  });
});

describe('makeLabel: the happening the date belongs to', () => {
  it('labels a date that ends the subject’s participle with the subject and its participle', () => {
    expect(label('A truce signed in March 2004 ended a war that killed about 9,000 people.', 'March 2004')).toBe('Truce signed');
    expect(label('The pact signed by both sides in 2009 was never ratified.', '2009')).toBe('Pact signed by both sides');
  });

  it('leaves a main verb followed by its date, and a noun phrase with a preposition', () => {
    expect(label('The plant opened in 2009 and employed 300 people.', '2009')).toBe('Plant opened and employed 300 people');
    expect(label('Heavy rain between April 30 and May 3 had saturated the hillsides.', 'April 30 and May 3')).toBe('Heavy rain between April 30 and May 3 had saturated the hillsides');
  });

  it('labels a date inside a since-clause with that clause', () => {
    expect(label('The Varnel valley has been under the control of Tolmaran forces since a war ended with a truce in 2004.', '2004')).toBe('War ended with a truce');
  });

  it('leaves "since" before a date alone', () => {
    expect(label('Tolmaran forces have held the Varnel valley since 2004.', 'since 2004')).toBe('Tolmaran forces have held the Varnel valley since 2004');
  });
});

describe('makeLabel: what the newsroom learned, and "part of" a date', () => {
  it('labels what "we learned" rather than the learning', () => {
    expect(label('Finally today, we learned that the harbour board has at last agreed to dredge the channel.', 'today'))
      .toBe('Harbour board has at last agreed to dredge the channel');
    expect(label('We are told on Monday that the mill would close.', 'on Monday')).toBe('Mill would close');
  });

  it('leaves a "we" who did something', () => {
    expect(label('We met the mayor on Monday.', 'on Monday')).toBe('We met the mayor');
  });

  it('keeps a date that "part of" or "most of" needs', () => {
    expect(label('Ana Brel, a baker who stayed part of Sunday night beside singing marchers, said she was tired.', 'Sunday night'))
      .toBe('Ana Brel stayed part of Sunday night beside singing marchers');
    expect(label('The strike lasted most of 2019.', '2019')).toBe('Strike lasted most of 2019');
  });
});

describe('makeLabel: a short relative clause in a long label', () => {
  it('drops "who was brought back from Tesk" before its noun’s verb, so the cut leaves a clause', () => {
    expect(label('Police said on Monday that the driver who was brought back from Tesk had not owned up to any part in the thefts or named anyone else after a week of questions.', 'on Monday'))
      .toMatch(/^Police said that the driver had not owned up to any part/);
  });

  it('leaves a label short enough to show whole', () => {
    expect(label('Police said on Monday that the driver who was held in Tesk had left.', 'on Monday')).toBe('Police said that the driver who was held in Tesk had left');
  });
});

describe('makeLabel: a year before an event’s name', () => {
  it('keeps the year that names one edition ("the start of the 2032 Games")', () => {
    expect(label('Fans hope to see a new stadium by the start of the 2032 Games.', '2032'))
      .toBe('Fans hope to see a new stadium by the start of the 2032 Games');
  });

  it('leaves a year that dates the clause, and a day before a name', () => {
    expect(label('In 2019 Varno Mills closed its weir.', 'In 2019')).toBe('Varno Mills closed its weir');
    expect(label('Vell met the Tesk board on Monday.', 'on Monday')).toBe('Vell met the Tesk board');
  });
});

describe('makeLabel: tenth round, read on unseen wire and business copy', () => {
  it('keeps the comma after an opening date followed by another phrase', () => {
    expect(label('In the spring of 2021, in 30 days of talks, the two towns agreed a border.', 'spring of 2021')).toBe('Two towns agreed a border');
  });
});

describe('makeLabel: the "last" of a date goes with it', () => {
  it('drops "last" before a date the tagger read without it', () => {
    expect(label('Ivo Marn was gunned down last Oct. 9 in his flat.', 'Oct. 9')).toBe('Ivo Marn was gunned down in his flat');
  });

  it('keeps "last" that qualifies a noun', () => {
    expect(label('The last ferry to Tesk left on Monday.', 'on Monday')).toBe('Last ferry to Tesk left');
  });
});

describe('makeLabel: the bound of a date goes with it', () => {
  it('drops "as soon as", "as early as", "no later than", "sometime" with the date', () => {
    expect(label('The bakery chain may reveal as soon as Monday its plan to shut its shops.', 'Monday'))
      .toBe('Bakery chain may reveal its plan to shut its shops');
    expect(label('The bakery chain may announce as early as next week that it will sell its vans.', 'next week'))
      .toBe('Bakery chain may announce that it will sell its vans');
    expect(label('The mill must file its plan no later than June 3 with the county.', 'June 3')).toBe('Mill must file its plan with the county');
    expect(label('The two towns could merge by as early as May, the mayor said.', 'May')).toBe('Two towns could merge');
    expect(label('Orlan Mills expects to reopen the plant sometime next year.', 'next year')).toBe('Orlan Mills expects to reopen the plant');
  });

  it('leaves "as soon as" that is no bound of the date', () => {
    expect(label('The ferry will sail on Friday as soon as the storm passes.', 'on Friday')).toMatch(/as soon as the storm passes/);
  });
});

describe('makeLabel: a quoted cleft', () => {
  const sentence = '“This is a firm that in the 1970s towered over the whole valley,” said Ana Brel, a historian.';
  const attribution = { start: sentence.indexOf('said'), end: sentence.length - 1 };
  it('labels the noun doing what the relative clause tells, named when the referents know it', () => {
    expect(label(sentence, '1970s', { attribution })).toBe('Firm towered over the whole valley');
    expect(label(sentence, '1970s', { attribution, nameAt: (w: string) => (w === 'firm' ? 'Orlan Mills' : null) }))
      .toBe('Orlan Mills towered over the whole valley');
  });

  it('leaves a cleft whose clause has a subject of its own, and a noun of time', () => {
    // (The quotation keeps its cleft, told as its speaker's words.)
    expect(label('“This is a firm that we trusted in the 1970s,” said Ana Brel.', '1970s')).toMatch(/^Ana Brel: This is a firm that we trusted/);
    expect(label('“This was the first time that the river flooded in 1990,” said Ana Brel.', '1990')).toMatch(/^Ana Brel: This was the first time/);
  });
});
