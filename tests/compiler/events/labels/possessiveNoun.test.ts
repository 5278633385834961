import { label } from './label';

describe('makeLabel as a headline', () => {
  it('labels a possessive date by its noun when the sentence tells something else of it', () => {
    expect(label("The count of the missing from Saturday's earthquake in the valley rose on Monday to 412.", "Saturday's")).toBe('Earthquake in the valley');
    expect(label('Her season ended in Sunday’s 2-1 win over Eastfield that sent the club down.', 'Sunday’s')).toBe('2-1 win over Eastfield');
    // The possessive noun that is the clause's subject labels the clause.
    expect(label("Tuesday's emergency meeting agreed to open three new clinics.", "Tuesday's")).toBe('Emergency meeting agreed to open three new clinics');
  });

  it('labels a date between a determiner and its noun by that noun when the clause tells something else', () => {
    const at = (sentence: string, expr: string) => ({ start: sentence.indexOf(expr), end: sentence.indexOf(expr) + expr.length });
    expect(label('Bram Ostrow has been missing since police sought him in the May 4 arson of a warehouse in Tiel.', 'May 4'))
      .toBe('Arson of a warehouse in Tiel');
    expect(label('The mayors said the sites may only be opened as set out by the March 3 accord signed by both councils.', 'March 3'))
      .toBe('Accord signed by both councils');
    expect(label('Ostrow has hidden since police named him in the Oct. 2 shooting of Dr. Ana Brel, a surgeon.', 'Oct. 2'))
      .toBe('Shooting of Dr. Ana Brel');
    const law = 'A 2004 law tightened the 1987 fishing ban on the lake.';
    expect(label(law, '1987', { others: [at(law, '2004')] })).toBe('Fishing ban');
  });

  it('keeps the clause for a date before a noun that the clause itself tells of', () => {
    expect(label('Ana Brel won the 2020 election.', '2020')).toBe('Ana Brel won the 2020 election');
    // "since the … lockout": a state that began with the happening, told by its clause.
    expect(label('Miners have been on strike since the winter 2019 lockout.', 'winter 2019')).toMatch(/^Miners have been on strike/);
    expect(label('In the 2019 season, the club won nine games.', '2019')).toBe('Club won nine games');
    // Two dates of one noun phrase's list date that noun, not a clause of their own.
    const polls = 'Ana Brel won the 2019 and 2023 elections.';
    expect(label(polls, '2019', { others: [{ start: polls.indexOf('2023'), end: polls.indexOf('2023') + 4 }] })).toMatch(/^Ana Brel won/);
  });
});

describe('makeLabel: a possessive date’s noun and who made it', () => {
  it('goes on from a bare noun to its named maker or to who met', () => {
    expect(label('Tenants vowed to fight Wednesday’s ruling by the Land Tribunal to clear the block.', 'Wednesday’s'))
      .toBe('Ruling by the Land Tribunal');
    expect(label('Critics questioned the handling of Monday’s meeting between the mayor and the dockers at the port.', 'Monday’s'))
      .toBe('Meeting between the mayor and the dockers');
  });

  it('leaves a measure after "by" and a noun that says enough', () => {
    expect(label('The Green party won Sunday’s election by a clear margin.', 'Sunday’s')).not.toMatch(/margin/);
    expect(label('The toll from Saturday’s earthquake in the valley rose to 300.', 'Saturday’s')).toBe('Earthquake in the valley');
  });
});

describe('makeLabel: "since his May 2 coup"', () => {
  it('names the happening a possessive and a date open after "since"', () => {
    expect(label('Gen. Orlan has been under house arrest since his May 2 coup, or what he calls a rescue of the republic.', 'May 2'))
      .toBe('His May 2 coup');
  });

  it('leaves "since the 2019 lockout" to the state it began', () => {
    expect(label('The dockers have been on strike since the 2019 lockout.', '2019')).toBe('Dockers have been on strike since the 2019 lockout');
  });
});

describe('makeLabel: where a dated noun happened', () => {
  it('keeps a place named after the noun ("the Aug. 9 blasts at Varno harbour")', () => {
    expect(label('The agency sent a warning on Sunday after the Aug. 9 blasts at Varno harbour and the docks.', 'Aug. 9'))
      .toBe('Blasts at Varno harbour');
    expect(label('A nurse hurt in the 2008 bomb attack in Tesk, Ruritania, came to the service.', '2008')).toMatch(/^Bomb attack in Tesk/);
  });

  it('leaves a phrase of time or a lower-case place after the noun', () => {
    expect(label('Police questioned him about the May 2 raid on the depot.', 'May 2')).toBe('May 2 raid');
    expect(label('The army has held the port since the 1990 invasion in March.', 'March')).not.toMatch(/in March/);
  });
});

describe('makeLabel: tenth round, read on unseen wire and business copy', () => {
  it('labels a full date set off by commas inside a noun phrase by that noun', () => {
    expect(label('Under the filing, Tesk Corp. bought 9,000 shares from Orlan as a result of a May 4, 1987, share purchase deal.', 'May 4, 1987'))
      .toBe('Share purchase deal');
  });
});

describe('makeLabel: a day that qualifies its noun', () => {
  it('labels the noun with where it happened, the day left to the timeline', () => {
    expect(label('Investigators charged two men in the May 7 bombings in east Varno.', 'May 7')).toBe('Bombings in east Varno');
  });

  it('keeps the day beside a bare noun, and a year that names its noun', () => {
    expect(label('Police have searched for Dorn since shortly after the Oct. 3 slaying.', 'Oct. 3')).toBe('Oct. 3 slaying');
    expect(label('Miners have been on strike since the winter 2019 lockout.', 'winter 2019')).toMatch(/winter 2019 lockout/);
  });
});

describe('makeLabel: a possessive date’s noun made by the noun of a relative clause', () => {
  it('labels who made it', () => {
    expect(label('The Tesk families could also ask for a new hearing before the same five-member board that issued Thursday\'s ruling, or before the full court.', "Thursday's", { others: [] }))
      .toBe('Same five-member board issued ruling');
    expect(label('Fans cheered the team that won Sunday\'s final.', "Sunday's", { others: [] })).toBe('Team won final');
  });

  it('leaves a relative clause cut off by a comma', () => {
    expect(label('The harbour board, which made Monday\'s decision, met again on Friday.', "Monday's", { others: [] })).toBe('Decision');
    // (A verb that makes the noun be something makes no noun.)
    expect(label('Ana Brel turned down an offer from Tesk, a choice that made Friday\'s sale all but certain.', "Friday's", { others: [] })).not.toMatch(/^Choice made/);
  });
});

describe('makeLabel: a possessive date inside what was said', () => {
  it('labels a long noun that a long saying tells of by the noun, its participle and where', () => {
    expect(label("Detectives would not reveal what else they hold against Marn but said last month's find of a scope-fitted rifle buried near the Tellis farm was a turning point.", "last month's"))
      .toBe('Find of a scope-fitted rifle buried near the Tellis farm');
  });

  it('leaves a short saying of a short noun to the saying', () => {
    expect(label("Observers said Sunday's elections were peaceful.", "Sunday's")).toBe('Observers said elections were peaceful');
    expect(label("Observers said that Sunday's vote in the northern provinces was peaceful.", "Sunday's")).toBe('Observers said that vote in the northern provinces was peaceful');
  });

  it('keeps where the happening was after "at"', () => {
    expect(label("Police think the fires in Tesk and last month's blast at a Varno warehouse may be linked.", "last month's")).toBe('Blast at a Varno warehouse');
    expect(label("Ticket holders were angry at yesterday's delay at the gates.", "yesterday's")).toBe('Delay at the gates');
  });
});

describe('makeLabel: a possessive date\'s noun at the length limit', () => {
  it('goes on to the noun when the phrase would stop on a determiner or a name that qualifies it', () => {
    expect(label("Police are seeking a driver over last week's stabbing death of a guard in a Dorvale suburb, the paper said.", "last week's"))
      .toBe('Stabbing death of a guard in a Dorvale suburb');
    expect(label("Police questioned two men about Sunday's sale of the last paintings of a Dorvale painter.", "Sunday's"))
      .toBe('Sale of the last paintings of a Dorvale painter');
  });

  it('leaves a phrase that ends on its noun at the limit as it was', () => {
    expect(label("Police are seeking a driver over last week's stabbing death of a guard in the town of Dorvale, the paper said.", "last week's"))
      .toBe('Stabbing death of a guard in the town');
  });
});

describe('makeLabel: a possessive date that only places the main clause', () => {
  it('labels the main clause after "as of Friday\'s close," or "by Tuesday\'s deadline,"', () => {
    expect(label("As of Friday's close, the Orlo index was down 6%, against 5% for the bond index.", "Friday's")).toBe('Orlo index was down 6%');
    expect(label("By Tuesday's deadline, holders had tendered 98% of the Kessar shares.", "By Tuesday's")).toBe('Holders had tendered 98% of the Kessar shares');
    expect(label("Two days later, at Monday's opening, the Dorvale bourse fell 3%.", "Monday's")).toBe('Dorvale bourse fell 3%');
  });

  it('leaves a happening before the main clause, a longer noun, and a phrase inside the sentence', () => {
    expect(label("After Sunday's vote, the party named a new leader.", "Sunday's")).not.toMatch(/^Party named/);
    // (A longer noun that names the occasion of the main clause gives the main clause: occasionOpening.test.ts.)
    expect(label("At Monday's meeting of the port board, the mayor asked for more dredging.", "Monday's")).toBe('Mayor asked for more dredging');
    expect(label("Kessar shares rose 4%, at Monday's close, the best day in a month.", "Monday's")).not.toMatch(/^Best day/);
  });
});
