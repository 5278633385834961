import { makeLabel } from '../../../../src/compiler/events/labels';
import { label } from './label';

describe('makeLabel', () => {
  it('names the scheduled thing for "a summit scheduled for Monday in Lima"', () => {
    expect(label('Chile will not attend a summit scheduled for Monday in Lima to discuss fishing rights, officials said.', 'for Monday'))
      .toBe('Summit in Lima to discuss fishing rights');
  });

  it('names a thing that "is planned" or "was scheduled" for the date', () => {
    expect(label('A referendum is planned for next spring.', 'for next spring')).toBe('Referendum');
    expect(label('The final was scheduled for Sunday in Lyon.', 'for Sunday')).toBe('Final in Lyon');
  });

  it('names the thing before ", planned for <date>"', () => {
    expect(label('Officials said elections for the regional council, planned for April 6, would go ahead.', 'for April 6', {
      attribution: { start: 0, end: 'Officials said'.length },
    }))
      .toBe('Elections for the regional council');
  });

  it('drops the preposition that governed a date dropped from the label', () => {
    expect(label('The district was annexed in 1921, and in 1923 it became an autonomous region.', '1923'))
      .toBe('It became an autonomous region');
  });

  it('uses the when-clause after "since 1998, when …"', () => {
    expect(label('The border has been closed since 1998, when rebels seized the northern airport.', 'since 1998'))
      .toBe('Rebels seized the northern airport');
  });

  it('keeps a date written inside the clause', () => {
    expect(label('The miners, who have been on strike since the winter 2019 lockout, returned.', 'winter 2019'))
      .toBe('Miners have been on strike since the winter 2019 lockout');
  });

  it('labels each year of a list by what it qualifies', () => {
    const sentence = 'The board praised the three budgets of the city council, adopted in 2019, 2020 and 2021.';
    const listStart = sentence.indexOf('2019');
    const at = sentence.indexOf('2020');
    const out = makeLabel({ sentence, exprStart: at, exprEnd: at + 4, listStart, attribution: null, statementBy: null, people: [] });
    expect(out).toBe('Three budgets of the city council adopted');
  });

  it('puts the speaker first for the statement itself', () => {
    const sentence = 'Rail workers will strike for two days, the union said on Tuesday.';
    const a = sentence.indexOf('the union said');
    const at = sentence.indexOf('on Tuesday');
    expect(makeLabel({ sentence, exprStart: at, exprEnd: at + 10, listStart: at, attribution: { start: a, end: sentence.length - 1 }, statementBy: 'Rail union', people: [] }))
      .toBe('Rail union: Rail workers will strike for two days');
  });
});

describe('makeLabel as a headline', () => {
  it('labels a date inside a long opening phrase by the main clause or by its noun', () => {
    const sentence = 'In a statement issued Friday in Lisbon summarizing talks of the panel Tuesday and Wednesday, the agency added two ports to its watch list.';
    expect(label(sentence, 'Friday')).toBe('Agency added two ports to its watch list');
    expect(label(sentence, 'Tuesday and Wednesday')).toBe('Talks of the panel');
  });
});

describe('makeLabel: plans, and dates that open with "back"', () => {
  it('dates the clause before "and that was nearly 30 years ago"', () => {
    expect(label('Of the five finalists this season, the last to take the trophy was Brenmoor - and that was nearly 30 years ago.', '30 years ago'))
      .toBe('Last to take the trophy was Brenmoor');
    // Left alone: a clause with its own subject and verb after the date.
    expect(label('The ferry sank in 1998, and it was raised a year later.', 'a year later')).toBe('It was raised');
  });

  it('keeps "the same day as" with its verb instead of starting the label there', () => {
    expect(label('Last year, Kestrel tablets went on sale the same day as they were announced, March 4.', 'March 4'))
      .toBe('Kestrel tablets went on sale the same day as they were announced');
  });

  it('passes over a dashed list of names after "when" to reach the verb', () => {
    expect(label('The hearing may not happen until next spring, when the three Varnel founders - Ada Pim, Olo Rask and Ben Tiv - will try to overturn the ruling.', 'next spring'))
      .toBe('Three Varnel founders will try to overturn the ruling');
    // Left alone: a when-clause with no aside.
    expect(label('Talks stalled in 2011, when the envoys left Dorvale.', 'in 2011')).toBe('Envoys left Dorvale');
  });

  it('names the yardstick of a superlative, "the deepest slump since the Long Freeze of the 1870s"', () => {
    expect(label('The plan, meant to ease the deepest slump since the Long Freeze of the 1870s, passed on Friday.', '1870s')).toBe('Long Freeze');
    // Left alone: a yardstick that is only a date, or no name.
    expect(label('Prices rose at the fastest pace since 2008.', '2008')).toBe('Prices rose at the fastest pace since 2008');
    expect(label('Fighting was the heaviest since a war in the early 1990s.', 'early 1990s')).toBe('Fighting was the heaviest since a war');
  });
});

describe('makeLabel: adverbs that only place a date', () => {
  it('reads "Finally today," and "And just last month," as date phrases that open the main clause', () => {
    expect(label('Finally today, the museum reopened its east wing.', 'today')).toBe('Museum reopened its east wing');
    expect(label('And just last month, a ferry ran aground off the cape.', 'last month')).toBe('Ferry ran aground off the cape');
  });

  it('labels "most recently last May when …" by its when-clause', () => {
    expect(label('The dam has burst twice, most recently last May when heavy rain swept the valley.', 'last May'))
      .toBe('Heavy rain swept the valley');
  });

  it('leaves a date with words of its own, and a when without a comma after a clause', () => {
    expect(label('Only the mayor spoke today, and briefly.', 'today')).toMatch(/^Only the mayor spoke|^Mayor spoke/);
    expect(label('The river rose in March when the snow melted.', 'in March')).toBe('River rose when the snow melted');
  });
});

describe('makeLabel: a transcript’s speaker line', () => {
  it('labels "Name on Friday ``…" by the speaker and what was said', () => {
    expect(label('McAllan on Friday ``Let me say this plainly so that nobody is confused.', 'on Friday'))
      .toBe('McAllan: Let me say this plainly so that nobody is confused');
    expect(label('Town Hall on Thursday ``For some weeks now we have been handed wrong figures.', 'on Thursday'))
      .toBe('Town Hall: For some weeks now we have been handed wrong figures');
  });

  it('leaves a name with its verb before the quotation', () => {
    expect(label('Orban on Friday said ``we will stay.\'\'', 'on Friday')).not.toMatch(/^Orban:/);
  });
});

describe('makeLabel: tenth round, read on unseen wire and business copy', () => {
  it('keeps the saying when only its object and the date stand beside it', () => {
    expect(label('The mill announced the sale Aug. 21.', 'Aug. 21', { attribution: { start: 0, end: 18 } })).toBe('Mill announced the sale');
    expect(label('The mill announced the sale of its port on Aug. 21.', 'on Aug. 21', { attribution: { start: 0, end: 18 } }))
      .toBe('Mill announced the sale of its port');
  });

  it('leaves a saying whose content is a clause of its own', () => {
    expect(label('The mill announced its port closed Aug. 21.', 'Aug. 21', { attribution: { start: 0, end: 18 } })).toBe('Its port closed');
  });

  it('labels a short relative clause by the noun right before its comma', () => {
    expect(label("Brel's chairman, Ivo Marn, welcomed the upbeat view of the pact, which was signed Friday.", 'Friday'))
      .toBe('Pact was signed');
    expect(label('Another analyst moved to a sell rating on Brel shares, which ended Friday at $38.20, up 15 cents.', 'Friday'))
      .toBe('Brel shares ended at $38.20');
  });

  it('gives a dated happening noun, cut from its verb by places, that verb', () => {
    expect(label('The Friday explosions at depots in Varno, Tesk, and Ostra, Peltz, killed 12 people.', 'Friday'))
      .toBe('Explosions at depots in Varno, Tesk killed 12 people');
  });

  it('gives a dated noun that names no happening no verb: the date is its edition, not a deed', () => {
    expect(label('The 2019 budget for schools in Varno, Tesk, and Ostra, Peltz, cut spending.', '2019')).not.toMatch(/cut spending/);
  });
});

describe('makeLabel: a when-clause after a main clause that only frames the date', () => {
  it('labels the when-clause after a deed not done or a turn, with no comma before "when"', () => {
    expect(label('The port could have used some help in 2019 when the Varno army shelled Tesk.', '2019')).toBe('Varno army shelled Tesk');
    expect(label('The row between Tesk and Varno took a bitter turn Thursday when Ivo Marn called Ana Brel a liar.', 'Thursday'))
      .toBe('Ivo Marn called Ana Brel a liar');
    // Being somewhere frames the date too.
    expect(label('Ana Brel was in Ostra working for a newspaper in 1991 when the Varno army entered Tesk.', '1991'))
      .toBe('Varno army entered Tesk');
  });

  it('leaves a main clause that tells a deed of its own', () => {
    expect(label('The Tesk plant closed Thursday when the power failed.', 'Thursday')).toMatch(/^Tesk plant closed/);
    expect(label('Ana Brel was in Ostra in 1991, and the Varno army entered Tesk in 1992.', '1991')).not.toMatch(/^Varno army/);
  });
});

describe('makeLabel: the wire\'s "said here" before the date', () => {
  it('keeps the speaker with what was said, without "here"', () => {
    const sentence = 'Harbour chief Ivo Marn said here Friday that the raid on Telsey is not linked with the probe.';
    expect(label(sentence, 'Friday', { attribution: { start: 0, end: sentence.indexOf(' here') } }))
      .toBe('Harbour chief Ivo Marn said that the raid on Telsey is not linked with the probe');
  });

  it('leaves a "here" that is no saying\'s', () => {
    expect(label('The ferry will dock here Friday after the storm.', 'Friday')).toBe('Ferry will dock here after the storm');
  });
});

describe('makeLabel: "reported" with a result, and a saying in a published letter', () => {
  it('labels "X reported a drop in net income" as the company\'s deed', () => {
    const sentence = 'Delmor Freight Inc. reported a 12% fall in second-half operating profit, blaming its air unit.';
    expect(label(sentence, 'second-half', { attribution: { start: 0, end: 28 } })).toBe('Delmor Freight Inc. reported a 12% fall in operating profit');
  });

  it('leaves "reported" before what was reported', () => {
    const sentence = 'Delmor Freight Inc. reported the strike ended on Monday.';
    expect(label(sentence, 'on Monday', { attribution: { start: 0, end: 28 } })).toBe('Strike ended');
  });

  it('keeps the speaker of a letter published on the date with what was said', () => {
    const sentence = "Mara Velde's mother wrote in a column posted Thursday that she wants the consul to visit her daughter.";
    expect(label(sentence, 'Thursday', { attribution: { start: 0, end: sentence.indexOf(' posted') } })).toMatch(/^Mara Velde's mother wrote in a column that she wants the consul/);
  });

  it('leaves a date inside what the letter said to that clause', () => {
    const sentence = "Mara Velde's mother wrote in a column that the consul visited her daughter on Thursday.";
    expect(label(sentence, 'on Thursday', { attribution: { start: 0, end: sentence.indexOf(' that') } })).toBe('Consul visited her daughter');
  });
});

describe('makeLabel: a date alone after a relative clause', () => {
  it('dates the relative clause, said of the noun before it', () => {
    expect(label('Losses in airline shares weighed on the market and on the Ostra 30 gauge, which slid 2.2%, or 9.1, on Monday, to 611.4.', 'on Monday'))
      .toBe('Ostra 30 gauge slid 2.2%, or 9.1');
  });

  it('leaves a clause of its own before the date, and a figure’s "to" is no label', () => {
    expect(label('Ticket sales rose 8%, or 1,200 seats, on Sunday, to 16,000.', 'on Sunday')).toBe('Ticket sales rose 8%, or 1,200 seats');
  });
});

describe('makeLabel: a list tail near the start of the sentence', () => {
  it('keeps the first word of the subject the window would cut', () => {
    expect(label('Net profit climbed 9% to $2.6 million, or 18 cents per share, in the second quarter, from $2.4 million.', 'the second quarter'))
      .toBe('Net profit climbed 9% to $2.6 million, or 18 cents per share');
  });
});

describe('makeLabel: a sum that opens the sentence on "about"', () => {
  it('keeps the clause whose subject is the sum, not what the comma adds after it', () => {
    expect(label('About $40 million flowed out of the Orlo fund last week, twice the level of the week before.', 'last week'))
      .toBe('About $40 million flowed out of the Orlo fund');
    expect(label('Some €2 billion left the Kessar banks in May, the most since 2012.', 'in May')).toBe('Some €2 billion left the Kessar banks');
  });

  it('leaves a sum set off inside the sentence as an aside of it', () => {
    expect(label("Varnia's navy budget, about $2 billion this year, now tops Kessar's whole defence budget, a point the minister often makes.", 'this year'))
      .not.toMatch(/^About \$2 billion/);
  });
});
