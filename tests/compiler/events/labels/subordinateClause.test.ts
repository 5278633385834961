import { label } from './label';

describe('makeLabel on a relative clause', () => {
  it('labels a date inside an "after" or "when" clause by that clause', () => {
    expect(label('Dock workers returned to work on Saturday after their union accepted a pay offer late on Friday.', 'late on Friday'))
      .toBe('Their union accepted a pay offer');
    expect(label('Dock workers returned to work on Saturday after their union accepted a pay offer late on Friday.', 'on Saturday'))
      .toMatch(/^Dock workers returned to work after their union/);
    // "until" or "after" a noun with its own date: that noun is the happening.
    expect(label('Elm led the city from 2012 until his arrest in March 2021.', 'March 2021')).toBe('His arrest');
    // With the article read, "his" is said by name.
    expect(label('Elm led the city from 2012 until his arrest in March 2021.', 'March 2021', { nameAt: (word) => (word.toLowerCase() === 'his' ? 'Pavel Elm' : null) }))
      .toBe('Pavel Elm’s arrest');
    expect(label('Protests spread across the capital after the vote on Friday.', 'on Friday')).toBe('Vote on Friday');
    // "a trial that opened in January": the noun and its clause.
    expect(label('Elm denied the charges throughout a trial that opened in January.', 'in January')).toBe('Trial opened');
    // "that" after a verb of saying introduces what was said, not a noun's clause.
    expect(label('The ministry warned that the talks had collapsed on Monday.', 'on Monday')).toMatch(/^Ministry warned/);
    // A deadline is not a happening: "until the end of June" keeps the main clause.
    expect(label('The court gave the ministry until the end of June to transfer the titles.', 'June')).toMatch(/^Court gave the ministry/);
    // "after" before a noun, not a clause: the main clause stays.
    expect(label('A flood plan drawn up after similar floods in 2016 was shelved last year for lack of funds.', 'last year')).toMatch(/^Flood plan/);
    // A verb past "and" is the main clause's: "conceded defeat shortly after midnight and said …".
    expect(label('Karl Aberg conceded defeat shortly after midnight and said he would step down next month.', 'next month')).toMatch(/^Karl Aberg/);
  });
});

describe('makeLabel as a headline', () => {
  it('labels a date inside a relative clause by that clause, up to the date when the main clause goes on', () => {
    const veterans = 'Hundreds of veterans of the strike that brought the mill to a halt 30 years ago gathered on Sunday in Tiel.';
    const on = (expr: string) => [{ start: veterans.indexOf(expr), end: veterans.indexOf(expr) + expr.length }];
    expect(label(veterans, '30 years ago', { others: on('on Sunday') })).toBe('Strike brought the mill to a halt');
    const founders = 'Thousands honoured the women who founded the clinic four decades ago at a rally on Saturday.';
    const sat = [{ start: founders.indexOf('on Saturday'), end: founders.indexOf('on Saturday') + 11 }];
    expect(label(founders, 'four decades ago', { others: sat })).toBe('Women founded the clinic');
    // A clause inside the relative one ("since he was rescued …") is nearer the date.
    expect(label('The boy lives with the cousins who have looked after him since he was pulled from the sea in late May.', 'in late May'))
      .toBe('He was pulled from the sea');
    expect(label('He is charged over a robbery that happened just before 10 p.m. on Saturday near the harbour.', 'on Saturday'))
      .toMatch(/^Robbery happened/);
    // The main clause's own date labels the main clause.
    expect(label(veterans, 'on Sunday', { others: on('30 years ago') })).toMatch(/^Hundreds of veterans of the strike/);
  });
});

describe('makeLabel: a date deep inside its sentence', () => {
  it('labels a date inside an opening "after/since/before" clause with that clause, not the main one', () => {
    expect(label('After the talks collapsed on Friday, the dockers’ union called a strike.', 'on Friday')).toBe('Talks collapsed');
    expect(label('Since the ruling was announced Wednesday, the tenants have vowed to appeal.', 'Wednesday')).toBe('Ruling was announced');
    expect(label('Before the storm reached the coast on Tuesday, thousands had fled inland.', 'on Tuesday')).toBe('Storm reached the coast');
  });

  it('leaves an opening phrase without a verb to the main clause', () => {
    expect(label('After a long debate on Monday, the council approved the budget.', 'on Monday')).toBe('Council approved the budget');
    expect(label('Since 1985, nearly 200 soldiers have been killed.', '1985')).toBe('Nearly 200 soldiers have been killed');
  });
});

describe('makeLabel: "before" a body is a place, not a time', () => {
  it('keeps the main clause of "go before the board next week" and "testified before the inquiry on Monday"', () => {
    expect(label('The new rules are set to go before the harbour board next week.', 'next week')).toBe('New rules are set to go before the harbour board');
    expect(label('Ana Brel testified before the inquiry on Monday.', 'on Monday')).toBe('Ana Brel testified before the inquiry');
  });

  it('still reads "before the strike on Monday" as the strike', () => {
    expect(label('The union held a vote shortly before the strike on Monday.', 'on Monday')).toBe('Strike on Monday');
  });
});

describe('makeLabel: a passive gerund after "after" or "before"', () => {
  it('tells what was done to the main clause’s subject then', () => {
    expect(label('The girl was put in her aunt\'s care after being found adrift on a raft in the bay last Easter, following a wreck.', 'last Easter'))
      .toBe('Girl was found adrift on a raft in the bay');
    expect(label('Brel was jailed on Monday after being caught with a stolen car in Tesk on Friday.', 'on Friday')).toBe('Brel was caught with a stolen car in Tesk');
  });

  it('leaves an active clause after "after"', () => {
    expect(label('The mill closed after the owners sold the land in 2009.', 'in 2009')).toBe('Owners sold the land');
  });
});

describe('makeLabel: a date that ends a relative clause of a counted or bare noun', () => {
  it('labels the relative clause of a bare noun after a preposition, not the saying around it', () => {
    expect(label('Varno officials confirmed that Ivo Marn is a suspect in arson attacks that damaged three clinics in March in Tesk.', 'March'))
      .toBe('Arson attacks damaged three clinics in Tesk');
  });

  it('labels the relative clause of a counted noun in a phrase that opens what was said', () => {
    expect(label('Ana Brel, a spokeswoman, said that of nine shops that had been robbed last year, suspects were caught in four.', 'last year'))
      .toBe('Nine shops had been robbed');
    expect(label('Of nine shops that had been robbed last year, suspects were caught in four.', 'last year')).toBe('Nine shops had been robbed');
  });

  it('leaves a relative clause whose verb does not follow its word, and a main clause that ends on the date', () => {
    expect(label('Ivo Marn told officials in meetings that the mill closed in March.', 'in March')).not.toMatch(/^Meetings/);
    expect(label('Ana Brel told reporters in Tesk that the dock reopened on Monday.', 'on Monday')).toMatch(/dock reopened/i);
  });

  it('labels the clause of a bare noun when the clause before it has its own date', () => {
    const deal = 'The pay deal signed on Saturday also sets up a fund for Tesk families who left their homes earlier this month.';
    const saturday = deal.indexOf('on Saturday');
    expect(label(deal, 'earlier this month', { others: [{ start: saturday, end: saturday + 11 }] })).toBe('Tesk families left their homes');
  });

  it('leaves the main clause of a deed on the same date, and a number with its thousands', () => {
    expect(label('Ivo Marn showed off the cup to an estimated 80,000 fans who gave the team a warm welcome in Tesk on Tuesday.', 'on Tuesday'))
      .toBe('Ivo Marn showed off the cup to an estimated 80,000 fans');
  });
});

describe('makeLabel: a date between the subject and the verb of an after-clause', () => {
  it('labels the after-clause whose verb follows the date', () => {
    expect(label('Telsey will keep its harbour office for at least two more years even after a city court Thursday refused to hear the case.', 'Thursday'))
      .toBe('City court refused to hear the case');
  });

  it('leaves a main clause whose after-phrase has no verb', () => {
    expect(label('Telsey closed its harbour office after a long debate Thursday in the city council.', 'Thursday')).toMatch(/^Telsey closed its harbour office/);
  });
});

describe('makeLabel: a participle dated before a relative clause', () => {
  it('labels the participle with its agent, without the relative clause that describes the noun', () => {
    expect(label('Under a plan approved by the board in 2019 that set no cap, Orlo Mills had bought 400,000 shares through May 3.', 'in 2019'))
      .toBe('Plan approved by the board');
  });

  it('leaves a relative clause that holds the date, and one after a noun with no participle', () => {
    expect(label('Including the storms that flooded the Kessar valley in 2019, the region had four disasters.', 'in 2019')).toMatch(/^Storms flooded the Kessar valley/);
  });
});
