import { makeLabel, type LabelInput } from '../../../src/compiler/events/labels';

function label(sentence: string, expr: string, extra: Partial<LabelInput> = {}): string {
  const exprStart = sentence.indexOf(expr);
  if (exprStart < 0) throw new Error(`"${expr}" not in sentence`);
  return makeLabel({
    sentence,
    exprStart,
    exprEnd: exprStart + expr.length,
    listStart: exprStart,
    attribution: null,
    statementBy: null,
    people: [],
    ...extra,
  });
}

describe('makeLabel', () => {
  it('names the scheduled thing for "a summit scheduled for Monday in Lima"', () => {
    expect(label('Chile will not attend a summit scheduled for Monday in Lima to discuss fishing rights, officials said.', 'for Monday'))
      .toBe('Summit in Lima to discuss fishing rights');
  });

  it('skips an opening date phrase and takes the main clause with its list', () => {
    expect(label('In the spring of 2018, after weeks of rain, the river flooded farms, roads, and two bridges.', 'In the spring of 2018'))
      .toBe('The river flooded farms, roads, and two bridges'.replace(/^The /, 'River ').replace('River river', 'River'));
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

  it('labels the second of two joined verb phrases by its own verb, with the shared subject', () => {
    const sentence = 'President Dina Ortiz declared a state of emergency on Monday and flew to the region the same day.';
    expect(label(sentence, 'the same day', { people: ['Dina Ortiz'] })).toBe('Dina Ortiz flew to the region');
    expect(label(sentence, 'on Monday', { people: ['Dina Ortiz'] })).toMatch(/^Dina Ortiz declared a state of emergency/);
  });

  it('drops the auxiliary of the first verb phrase from the shared subject', () => {
    expect(label('The company was founded in the late 1990s and went public in the mid-2000s.', 'mid-2000s')).toBe('Company went public');
  });

  it('leaves participles joined by "and" to the main clause', () => {
    const sentence = 'The framework agreement signed in 2009 and amended in 2014 was never ratified by either parliament.';
    expect(label(sentence, '2014')).not.toMatch(/amended was/);
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

  it('shrinks a title before a known name', () => {
    expect(label('On Friday, Finance Minister Ana Ruiz resigned over the pension reform.', 'On Friday', { people: ['Ana Ruiz'] }))
      .toBe('Ana Ruiz resigned over the pension reform');
  });

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

describe('makeLabel on a relative clause', () => {
  it('gives "who won the cup in 2015" its antecedent as subject', () => {
    expect(label('Castle Town, who won the cup in 2015, also beat the hosts in the league.', '2015'))
      .toBe('Castle Town won the cup');
  });
  it('gives "which was founded in 1961" its antecedent', () => {
    expect(label('The Morel Institute, which was founded in 1961 by a chemist, will lead the trial.', '1961'))
      .toBe('Morel Institute was founded by a chemist');
  });
  it('gives a participle clause the noun it qualifies', () => {
    expect(label('The corridor was set up under the Selmar Accord, signed by the two governments in 2019, which guarantees free passage.', '2019'))
      .toBe('Selmar Accord signed by the two governments');
    expect(label('The new bridge, opened to traffic on Monday after two years of work, carries 40,000 cars a day.', 'on Monday'))
      .toBe('New bridge opened to traffic after two years of work');
  });
  it('gives a clause that opens with its auxiliary the subject of the sentence', () => {
    expect(label('The inquiry, chaired by a retired judge, will hear from the company’s executives on Thursday.', 'on Thursday'))
      .toBe('Inquiry will hear from the company’s executives');
    // A sentence that opens with a date phrase has no subject to lend.
    expect(label('In March, after the vote, was the first time the council met on a Sunday.', 'on a Sunday')).not.toMatch(/^In March/);
  });
  it('finds the antecedent of "who" right before its comma', () => {
    expect(label('Northgate remain top, two points clear of Eastfield, who play Coldwater on Sunday.', 'on Sunday')).toBe('Eastfield play Coldwater');
    expect(label('The monitors backed the deal, a 44-day war in the autumn of 2020, which ended with a ceasefire on Nov. 10.', 'on Nov. 10'))
      .toBe('44-day war ended with a ceasefire');
    expect(label('Diplomats expected no breakthrough before Romania’s presidential election, whose first round is scheduled for May 4.', 'May 4'))
      .toBe('Romania’s presidential election whose first round is scheduled for May 4');
  });
  it('passes over an age between a name and its clause', () => {
    expect(label('Elm, 61, who led the city from 2012 until his arrest, denied the charges.', '2012')).toBe('Elm led the city until his arrest');
  });
  it('takes the subject before an apposition for a verb after it', () => {
    expect(label('Dockworkers at Kessaro, Brenmark’s largest port, voted on Sunday to extend their strike.', 'on Sunday'))
      .toBe('Dockworkers at Kessaro voted to extend their strike');
    expect(label('Accession takes years: Croatia, the last country to join, applied in 2003 and became a member in July 2013.', '2003'))
      .toBe('Croatia applied and became a member in July 2013');
  });
  it('takes the main clause after a segment that is the date alone', () => {
    expect(label('A year ago, the company reported a net profit of 410 million euros.', 'A year ago')).toBe('Company reported a net profit of 410 million euros');
    expect(label('Two days later, production resumed.', 'Two days later')).toBe('Production resumed');
    // A dateline and its source tag are passed over on the way to the main clause.
    expect(label('YEREVAN, Sept 27 (Newswire) - Heavy fighting broke out on Sunday near the border.', 'Sept 27'))
      .toBe('Heavy fighting broke out on Sunday near the border');
  });
  it('gives the main clause after a date phrase of its own the subject that opens the sentence', () => {
    expect(label('The last major strike there, in the summer of 2019, lasted three weeks.', 'summer of 2019')).toBe('Last major strike there lasted three weeks');
  });
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
  it('leaves a main clause as it is', () => {
    expect(label('The club won the cup in 2015 after a replay.', '2015')).toBe('Club won the cup after a replay');
  });
});

describe('makeLabel with numbers', () => {
  it('does not split "2,400" at its comma', () => {
    expect(label('The pact, signed in 1977, removes tariffs on 2,400 product lines.', '1977')).toBe('Pact signed');
    expect(label('Since 1977 the pact has removed tariffs on 2,400 product lines.', 'Since 1977')).toBe('Pact has removed tariffs on 2,400 product lines');
  });
});

describe('makeLabel as a headline', () => {
  it('leaves out its own date, the preposition that governs it and a clock time beside it', () => {
    expect(label('The probe blasted off Saturday at 10:02 a.m. ET from the coast.', 'Saturday')).toBe('Probe blasted off from the coast');
    expect(label('The bank cut its main rate by half a point on Thursday.', 'on Thursday')).toBe('Bank cut its main rate by half a point');
    // A date that names a noun stays: "the winter 2019 lockout".
    expect(label('Miners have been on strike since the winter 2019 lockout.', 'winter 2019')).toMatch(/winter 2019 lockout/);
  });

  it('labels a possessive date by its noun when the sentence tells something else of it', () => {
    expect(label("The death toll from Saturday's earthquake in the valley rose on Monday to 412.", "Saturday's")).toBe('Earthquake in the valley');
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

  it('joins a subject to its verb across an apposition when the date is in the verb’s clause', () => {
    expect(label('Ana Brel, the port’s director, closed the north docks on Wednesday.', 'on Wednesday')).toBe('Ana Brel closed the north docks');
    // A name of one word is left to the sentence's subject; a pronoun or a quotation is no subject to give.
    expect(label('Ortega, once a rebel, led the country from 1979.', 'from 1979', { subject: 'Daniel Ortega' })).toBe('Daniel Ortega led the country');
    expect(label('Citing an example, Ana Brel, the port’s director, said the docks closed last year.', 'last year')).not.toMatch(/^Citing/);
    // An opening phrase of time or place is no subject.
    expect(label('In Tiel, a port town, workers closed the docks on Wednesday.', 'on Wednesday')).toMatch(/^Workers closed the docks/);
  });

  it('joins a subject to its verb across an apposition when a date opens the sentence', () => {
    expect(label('On Wednesday, Ana Brel, head of the port authority and the mayor’s closest ally, closed the north docks.', 'On Wednesday'))
      .toBe('Ana Brel closed the north docks');
    expect(label('Last week, the harbour master, on a visit to Tiel, asked the council for two new tugs.', 'Last week'))
      .toBe('Harbour master asked the council for two new tugs');
    // A subject with its verb in the same segment is left as it is.
    expect(label('On Monday, the river flooded farms, roads, and two bridges.', 'On Monday')).toBe('River flooded farms, roads, and two bridges');
  });

  it('reads an underscore between spaces as the dash older wire copy types', () => {
    expect(label('Since 1994 _ when the army took the valley _ nearly 90 guards have died there.', '1994'))
      .toBe('Army took the valley');
    expect(label('About 200 workers _ drivers and their families _ left the port on Monday on orders from the owners.', 'on Monday'))
      .toBe('About 200 workers left the port on orders from the owners');
    // A word with an underscore in it is one word.
    expect(label('The file tide_2019 was published on Monday.', 'on Monday')).toMatch(/tide_2019/);
  });

  it('gives a participle clause the subject of the clause it hangs on', () => {
    expect(label('Rescued on May 2 by fishermen off the coast, Ana Brel has become the face of the campaign.', 'on May 2'))
      .toBe('Ana Brel rescued by fishermen off the coast');
    expect(label('The foreign minister sought to calm the row, saying on Friday that the border would stay open.', 'on Friday'))
      .toBe('Foreign minister saying that the border would stay open');
    expect(label('The rebels waged war on the army for two years, declaring victory on May 1, 1961 when the general fled.', 'on May 1, 1961'))
      .toMatch(/^Rebels declaring victory\b/);
    expect(label('The court on Thursday jailed the two men, ending a trial that opened in 2019.', 'in 2019')).toMatch(/^Court ending a trial/);
    // A noun in -ing, or a link word, is no participle of the clause before.
    expect(label('The council met on Monday, following a long dispute over the budget.', 'on Monday')).toBe('Council met');
    expect(label('The crews kept working, drawing water from the river on Monday.', 'on Monday')).toBe('Crews drawing water from the river');
  });

  it('leaves out the link word a reported clause opens on', () => {
    const sentence = 'But talks with the dockers have resumed, a port official said Thursday.';
    expect(label(sentence, 'Thursday')).toBe('Port official said talks with the dockers have resumed');
    // "Butler" is a name, not the link word.
    expect(label('Butler Foods will close two plants, a company official said Thursday.', 'Thursday')).toMatch(/said Butler Foods will close/);
  });

  it('reads over a short bracketed aside, and keeps a bracket that holds the date or says more', () => {
    expect(label('Police found 600 kilograms (1,300 pounds) of explosives on Sunday in a barn near Tiel.', 'on Sunday'))
      .toBe('Police found 600 kilograms of explosives in a barn near Tiel');
    expect(label('The two blasts went off 200 kilometers (125 miles) apart on Friday.', 'on Friday'))
      .toBe('Two blasts went off 200 kilometers apart');
    expect(label('The two blasts went off 200 kilometers (125 miles) from each other on Friday.', 'on Friday'))
      .toBe('Two blasts went off 200 kilometers from each other');
    expect(label('The rebels and the army accused the other on Friday.', 'on Friday')).toBe('Rebels and the army accused');
    expect(label('The probe lifted off at 3:40 pm EST Friday (2040 GMT Friday), the agency said.', 'Friday (2040 GMT Friday)')).toMatch(/^Probe lifted off/);
    // A name or an acronym in brackets is part of the clause.
    expect(label('A truce brokered by the Kessa Council (KC) was signed in March 2016 after 40 days of fighting.', 'March 2016')).toMatch(/signed/);
  });

  it('drops the link word a clause opens on, and reads a noun and its relative clause as a headline', () => {
    expect(label('The group was blamed for a string of attacks, including the harbour bombings that killed 40 people on May 2, 2003.', 'May 2, 2003'))
      .toBe('Harbour bombings killed 40 people');
  });

  it('labels a date inside a long opening phrase by the main clause or by its noun', () => {
    const sentence = 'In a statement issued Friday in Lisbon summarizing talks of the panel Tuesday and Wednesday, the agency added two ports to its watch list.';
    expect(label(sentence, 'Friday')).toBe('Agency added two ports to its watch list');
    expect(label(sentence, 'Tuesday and Wednesday')).toBe('Talks of the panel');
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

  it('keeps a list of names whole: its commas are no clause boundary', () => {
    expect(label('Truces brokered by Valdoria, Ostmark and the Free Cities in March collapsed within hours.', 'in March'))
      .toBe('Truces brokered by Valdoria, Ostmark and the Free Cities collapsed within hours');
    // A day before the comma opens the sentence, it is no name of a list.
    expect(label('On Monday, Valdoria and Ostmark signed a trade pact.', 'On Monday')).toBe('Valdoria and Ostmark signed a trade pact');
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

describe('makeLabel: plans, and dates that open with "back"', () => {
  it('labels a plan joined to a deed with the plan and its subject', () => {
    expect(label('Brenmark Foods has filed for bankruptcy and will close 40 stores by the end of the year.', 'by the end of the year')).toBe('Brenmark Foods will close 40 stores');
  });

  it('leaves a sentence whose date belongs to the first verb', () => {
    expect(label('Brenmark Foods filed for bankruptcy on Monday and will close 40 stores.', 'on Monday')).toBe('Brenmark Foods filed for bankruptcy and will close 40 stores');
  });

  it('reads "Back in May," as a date phrase that opens the main clause', () => {
    expect(label('Back in May, Brenmark Foods closed 63 stores.', 'May')).toBe('Brenmark Foods closed 63 stores');
    expect(label('The team came back in May to win the cup.', 'May')).toBe('Team came back to win the cup');
  });
  it('names what was said when the date belongs to a trailing "officials said Monday"', () => {
    expect(label('The mayor of Dorvale will open the new bridge on Thursday, officials said Monday.', 'Monday'))
      .toBe('Officials said the mayor of Dorvale will open the new bridge on Thursday');
    // Back over a short aside, not to the dateline.
    expect(label('ORVILLE (Wire) — The mayor will open the bridge on Friday in Dorvale, Kent, aides said Sunday.', 'Sunday'))
      .toBe('Aides said the mayor will open the bridge on Friday in Dorvale, Kent');
    // Left alone: the date of the reported clause, and a speaker whose date opens what they said.
    expect(label('The strike ended on Monday, the union said.', 'on Monday')).toBe('Strike ended');
    expect(label('Officials said on Friday that talks would resume.', 'on Friday')).toBe('Officials said that talks would resume');
  });

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

describe('makeLabel: a later, earlier-dated date in the clause of another', () => {
  // The sentence's dates as the compiler passes them: offsets and the first day each stands for.
  function dated(sentence: string, expr: string, day: string, others: Array<[string, string]>): string {
    return label(sentence, expr, {
      dateStart: day,
      others: others.map(([text, start]) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, date: { start } })),
    });
  }

  it('labels the phrase the date ends, not the main clause dated by the first date', () => {
    expect(dated('The appeals court on Friday rejected a bid by two sailors accused of sinking a ferry off Kessaro in 2011.', '2011', '2011-01-01', [['on Friday', '2021-03-05']]))
      .toBe('Two sailors accused of sinking a ferry off Kessaro');
    expect(dated('The union said Monday it would examine the dismissal of 40 drivers at the Orlo depot two years ago.', 'two years ago', '2019-03-01', [['Monday', '2021-03-01']]))
      .toBe('Dismissal of 40 drivers at the Orlo depot');
    expect(dated('The Harbour Times said Sunday that the mayor’s remarks last week were a warning to the port.', 'last week', '2021-02-22', [['Sunday', '2021-03-07']]))
      .toBe('Mayor’s remarks were a warning to the port');
  });

  it('leaves a plan, a deadline, a bound and a second verb of the subject to the clause', () => {
    // A later date is the plan's.
    expect(dated('The board said Monday it would close the Orlo plant next year.', 'next year', '2022-01-01', [['Monday', '2021-03-01']]))
      .toMatch(/^Board/);
    // "by", "since", "until": a deadline or a bound.
    expect(dated('The ministry said Monday the road would be rebuilt by March.', 'March', '2021-03-01', [['Monday', '2021-03-08']]))
      .not.toMatch(/^Road/);
    expect(dated('The ferry company said Monday it has run at a loss since 2015.', '2015', '2015-01-01', [['Monday', '2021-03-08']]))
      .not.toMatch(/^Loss/);
    expect(dated('The minister arrived on Monday and was sworn in a day earlier.', 'a day earlier', '2021-03-07', [['on Monday', '2021-03-08']]))
      .not.toMatch(/^And|^Was/);
    // The first date inside a phrase of its own ("tried to meet in May") is no main clause's date.
    expect(dated('The envoys tried to hold the talks in May and finally met the rebels in April.', 'April', '2021-04-01', [['May', '2021-05-01']]))
      .not.toMatch(/^Rebels/);
  });
});

describe('makeLabel: an apposition says who', () => {
  it('gives the clause of an apposition the name it describes', () => {
    expect(label('The prize was named after Ana Brel, the engineer who designed the Kessaro bridge in 1998.', '1998'))
      .toBe('Ana Brel designed the Kessaro bridge');
    expect(label('Police searched a flat where Tomas Varek, a 51-year-old welder, lived last year, officials said.', 'last year'))
      .toBe('Tomas Varek lived');
    expect(label('Crowds cheered for Lina, the 9-year-old swimmer whose rescue off the cape three weeks ago moved the country.', 'three weeks ago'))
      .toBe('Lina’s rescue off the cape moved the country');
  });

  it('leaves an apposition after a date or without a name before it', () => {
    // "On Monday, the minister who …": a day is no name.
    expect(label('On Monday, the minister who resigned in March spoke to reporters.', 'March')).not.toMatch(/^Monday/);
    expect(label('Workers at the plant, the ones who struck in 2019, voted again.', '2019')).not.toMatch(/^Plant/);
  });
});

describe('makeLabel: what a trailing speaker said', () => {
  it('goes back over a clause that opens in lower case to where the said clause begins', () => {
    expect(label('Divers found a wreck near a reef off Kessaro, Norway, where a trawler sank, coast guard officials said Friday.', 'Friday'))
      .toMatch(/^Coast guard officials said divers found a wreck near a reef/i);
    expect(label('Three ports can now take larger ships, because the channel was dredged last spring, harbour master Ana Brel said Monday.', 'Monday', { people: ['Ana Brel'] }))
      .toMatch(/^(?:Harbour master )?Ana Brel said three ports can now take larger ships/i);
  });

  it('leaves a said clause that opens on a capital where it is', () => {
    expect(label('Talks resumed, Ana Brel said Monday.', 'Monday', { people: ['Ana Brel'] })).toMatch(/^Ana Brel said talks resumed$/i);
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

describe('makeLabel: a prediction is a saying', () => {
  it('names what a trailing "X predicted Wednesday" foresaw', () => {
    expect(label('Shipping rates will double before the winter, the port authority predicted Wednesday.', 'Wednesday'))
      .toMatch(/^Port authority predicted shipping rates will double/i);
  });
});

describe('makeLabel: an aside between dashes', () => {
  it('passes over a relative clause or an apposition between dashes and goes on with the clause', () => {
    expect(label('The port board said Tuesday that the barge Kelda _ which Orlan Vey steers _ reached the quay.', 'Tuesday'))
      .toBe('Port board said that the barge Kelda reached the quay');
    expect(label('The clinic said Monday that the new wing -- a gift of the Brask family -- opened its doors to patients.', 'Monday'))
      .toBe('Clinic said that the new wing opened its doors to patients');
  });

  it('keeps an aside that holds the date', () => {
    expect(label('The ferry _ which sank on Friday _ was raised from the bay.', 'on Friday')).toMatch(/sank/);
  });
});

describe('makeLabel: a saying with a short when-clause', () => {
  it('names what was said before ", X said when asked Tuesday" and ", officials said as night fell Monday"', () => {
    expect(label("``The fines stand,'' port director Lena Vick said when asked Tuesday about the dockers.", 'Tuesday'))
      .toBe('Port director Lena Vick said the fines stand');
    expect(label('The storm hurt 14 people and left 200 homeless, officials said as night fell Monday.', 'Monday'))
      .toBe('Officials said the storm hurt 14 people and left 200 homeless');
  });

  it('leaves a saying whose when-clause is a happening of its own, and a saying with more after its date', () => {
    expect(label('The mayor said when the storm hit on Monday that the dam would hold.', 'on Monday')).not.toMatch(/^Mayor said the dam/);
    expect(label('The roads were closed, officials said as crews cleared the pass on Monday.', 'on Monday')).not.toMatch(/^Officials said the roads/);
  });
});

describe('makeLabel: a list of items each with its own date', () => {
  function listLabels(sentence: string, dates: string[]): string[] {
    const spans = dates.map((d) => ({ start: sentence.indexOf(d), end: sentence.indexOf(d) + d.length }));
    return spans.map((s) => label(sentence, sentence.slice(s.start, s.end), { others: spans.filter((o) => o !== s) }));
  }

  it('gives each date its own item with the verb they share', () => {
    expect(listLabels('The league grew to include Varno in 1971, Peltz in 1984 and Ostra in 1999.', ['1971', '1984', '1999']))
      .toEqual(['League grew to include Varno', 'League grew to include Peltz', 'League grew to include Ostra']);
    expect(listLabels('Exports rose to 5 percent in 2001, 7 percent in 2002 and 9 percent in 2003.', ['2001', '2002', '2003']))
      .toEqual(['Exports rose to 5 percent', 'Exports rose to 7 percent', 'Exports rose to 9 percent']);
    expect(listLabels('The museum opened branches in Brno in 1995 and in Graz in 2002.', ['1995', '2002']))
      .toEqual(['Museum opened branches in Brno', 'Museum opened branches in Graz']);
  });

  it('swaps nothing when the first item is the end of a longer noun phrase', () => {
    const [, second] = listLabels('Raiders took the town of Tesk in May 1992 and the Orlan district in April 1993.', ['May 1992', 'April 1993']);
    expect(second).not.toMatch(/town the|Tesk the/);
    const [, more] = listLabels('Floods killed more than 50 people in April 2021 and about 100 in June 2022.', ['April 2021', 'June 2022']);
    expect(more).not.toMatch(/more than about/);
  });

  it('leaves dates that follow each other without items', () => {
    expect(listLabels('The ferry sailed in 1998, 2001 and 2004.', ['1998', '2001', '2004']).every((l) => l.startsWith('Ferry sailed'))).toBe(true);
  });
});

describe('makeLabel: a deadline inside what was ruled or said', () => {
  it('labels the deadline by what must happen, not by the ruling', () => {
    expect(label('The water board ruled Monday that the mill must close its sluices by June 1.', 'June 1'))
      .toBe('Mill must close its sluices');
    expect(label('Faced with the protests, the council decided the depot should move by next spring.', 'next spring'))
      .toBe('Depot should move');
  });

  it('leaves the ruling its own date, and a deadline that no ruling or saying requires', () => {
    expect(label('The water board ruled Monday that the mill must close its sluices by June 1.', 'Monday')).toMatch(/^Water board ruled/);
    expect(label('The mill closed its sluices by June 1.', 'June 1')).toMatch(/^Mill closed its sluices/);
  });
});

describe('makeLabel: a second verb is no item of a list', () => {
  it('leaves "won power in 2011 and was re-elected in 2015" to the second-verb rule', () => {
    const sentence = 'Marta Veil, who first won power in 2011 and was re-elected in 2015, called a snap election.';
    const spans = ['2011', '2015'].map((d) => ({ start: sentence.indexOf(d), end: sentence.indexOf(d) + 4 }));
    expect(label(sentence, '2015', { others: [spans[0]!] })).not.toMatch(/first was re-elected/);
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

describe('makeLabel: a date set as a deadline', () => {
  it('names the deadline by what it is for', () => {
    expect(label('The port board had ruled that the barge must leave, and named Thursday as the deadline for its removal from the quay.', 'Thursday'))
      .toBe('Deadline for its removal from the quay');
    expect(label('Orvik has fixed May 2 as the final deadline for bids.', 'May 2')).toBe('Final deadline for bids');
  });

  it('leaves a date set aside for something else', () => {
    expect(label('The council set Friday aside for the vote.', 'Friday')).not.toMatch(/^Deadline/);
  });
});

describe('makeLabel: a count that opens the clause', () => {
  it('reads "About 100 dockers marched …" as the clause, not as a long phrase of "about"', () => {
    expect(label('About 100 dockers marched in front of the town hall in Tesk on Friday night, waving flags.', 'on Friday night'))
      .toBe('About 100 dockers marched in front of the town hall in Tesk');
  });

  it('still passes over a long opening phrase to the clause after it', () => {
    expect(label('In a statement issued Friday in Lund summing up the talks of the week, the agency said the port would reopen.', 'Friday'))
      .toMatch(/^Agency said the port would reopen/);
  });
});

describe('makeLabel: a comma inside the date', () => {
  it('keeps the clause whole when the date is "May 2, 2001"', () => {
    expect(label('Vera Molnar heads a team investigating the blasts which killed 31 people, including four guards, on May 2, 2001.', 'May 2, 2001'))
      .toBe('Blasts killed 31 people, including four guards');
    expect(label('The blasts killed 31 people, including four guards, on May 2, 2001, in the port of Kessaro.', 'May 2, 2001'))
      .toBe('Blasts killed 31 people, including four guards');
  });

  it('still takes the main clause after a date that opens the sentence', () => {
    expect(label('On May 2, 2001, the blasts killed 31 people in the port.', 'May 2, 2001')).toBe('Blasts killed 31 people in the port');
    expect(label('The ferry sank on Monday, in the harbour.', 'on Monday')).toBe('Ferry sank');
  });
});

describe('makeLabel: a relative clause after a demonstrative', () => {
  it('gives "which last year had sales" the noun it qualifies', () => {
    expect(label('Four bakeries already share most of that small trade, which last year had takings of about $3 million.', 'last year'))
      .toBe('Small trade had takings of about $3 million');
  });

  it('leaves a demonstrative that opens no noun phrase', () => {
    expect(label('Officials said that, which last year was unheard of, the port had closed.', 'last year')).not.toMatch(/^That\b/);
  });
});

describe('makeLabel: a long opening phrase that tells where', () => {
  it('gives the main clause when the date follows a place after a participle', () => {
    expect(label('In a long speech read on state radio Thursday, the general called the mayor a thief.', 'Thursday'))
      .toBe('General called the mayor a thief');
  });

  it('still names the noun a date follows after a verb in -ing', () => {
    expect(label('In a note released Monday in Oslo recounting sessions of the panel Saturday and Sunday, the board said the hearings would go on.', 'Saturday and Sunday'))
      .toBe('Sessions of the panel');
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

describe('makeLabel: a deadline after what binds or plans the deed', () => {
  it('labels the deadline by the noun and its deed, with whose it is', () => {
    expect(label('The two cities, which fund the river talks that are meant to end by May, asked the guild to return two weeks ago.', 'May'))
      .toBe('River talks are meant to end');
    expect(label('The aunt said the family would try to overturn Wednesday\'s ruling by the Land Tribunal to send the girl abroad by Jan. 14.', 'Jan. 14'))
      .toBe('Ruling by the Land Tribunal to send the girl abroad');
    expect(label('The minister allowed the extension after rejecting a county court order that the mill stay shut until March 6 to hear the owners.', 'March 6'))
      .toBe('County court order that the mill stay shut');
    expect(label('Chancellor Orlan\'s promise to halve unemployment by 2000 has failed.', '2000')).toBe('Chancellor Orlan\'s promise to halve unemployment');
  });

  it('leaves a deadline without such a noun, and an offer made to someone', () => {
    expect(label('The union said the mill would close by March 6.', 'March 6')).toBe('Union said the mill would close');
    expect(label('Brenmark plans to cut 400 jobs by 2025.', '2025')).toBe('Brenmark plans to cut 400 jobs');
    expect(label('If the owners post a bid to members by Nov. 22, the board will meet.', 'Nov. 22')).not.toMatch(/^Bid/);
  });
});

describe('makeLabel: a date after a participle of the object', () => {
  it('labels what was signed, issued or delivered on the date, not the clause that mentions it', () => {
    expect(label('The ministers revived a treaty signed in 1994 by the two states.', 'in 1994')).toBe('Treaty signed by the two states');
    expect(label('Officials cited a report issued on Monday by the harbour board.', 'on Monday')).toBe('Report issued by the harbour board');
    expect(label('It was a risk Ana Brel spoke of in her well-known address delivered on March 5, 1961, at Kessaro College.', 'March 5, 1961'))
      .toBe('Her well-known address delivered');
  });

  it('leaves a period that ended, a figure reported and a relative clause', () => {
    expect(label('Revenue climbed 4% in the quarter ended June 30, the bakery said.', 'June 30')).not.toMatch(/^Quarter ended/);
    expect(label('Earnings will be lower than the 12 cents a share the bakery reported last year.', 'last year')).toMatch(/^Earnings will be lower/);
    expect(label('The court jailed the two men, ending a trial that opened in 2019.', 'in 2019')).toMatch(/trial/);
    // The participle with a subject of its own ("the bakery made") tells nothing made on the date.
    expect(label('Earnings will be lower than the 12 cents a share the bakery made last year.', 'last year')).toMatch(/^Earnings will be lower/);
    expect(label('Profit will trail the figure it made in 2019.', 'in 2019')).not.toMatch(/^Figure/);
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

describe('makeLabel: a date right after a happening noun', () => {
  it('labels the noun, with who it came from, where the clause is in progress or only wished', () => {
    expect(label('In addition, the harbour board is reviewing an appeal last week from the ferry crew in Tesk, Ivo Marn, to reopen the pier.', 'last week'))
      .toBe('Appeal from the ferry crew in Tesk');
    expect(label('Orlan said he and Vell had been discussing the planned visit of Trade Minister Ana Kross in September.', 'in September'))
      .toBe('Visit of Trade Minister Ana Kross');
    expect(label('The mill wants the court to lift the ban issued Thursday and reopen the weir.', 'Thursday')).toBe('Ban issued');
  });

  it('leaves a clause whose own verb the date dates, and a plan that names who plans', () => {
    expect(label('The mayor made a visit on Monday to the port.', 'on Monday')).toBe('Mayor made a visit to the port');
    expect(label('The council will discuss the merger of the two ports on Friday.', 'on Friday')).toBe('Council will discuss the merger of the two ports');
    expect(label('The union is planning a strike in May.', 'in May')).toBe('Union is planning a strike');
    expect(label('The mill wants the court to hear the appeal on Friday.', 'on Friday')).toBe('Mill wants the court to hear the appeal');
  });
});

describe('makeLabel: a place and its state between commas', () => {
  it('reads "the Tulsa, Okla., area" and "Sen. Ana Vell, D-Ore.," as parts of one clause', () => {
    expect(label('Authorities in the Tulsa, Okla., area say they will charge the driver next week.', 'next week'))
      .toMatch(/^Authorities in the Tulsa, Okla\., area say they will charge the driver/);
    expect(label('A 2004 law named for Sen. Ana Vell, D-Ore., tightened the 1987 ban on dredging.', '1987', {
      others: [{ start: 2, end: 6, date: { start: '2004-01-01' } }],
    })).toBe('1987 ban');
  });

  it('leaves a date list, and the comma that ends an apposition before its verb', () => {
    expect(label('The crew, Jan. 4, Feb. 5, left.', 'Feb. 5')).toBe('Crew left');
    expect(label('Marn, 44, of Tesk, Vt., became the subject of a search in November.', 'in November')).not.toMatch(/^Of Tesk/);
  });
});

describe('makeLabel: a second verb with its auxiliary', () => {
  it('labels "… on Saturday and were hoping to block the road on Monday" by the second verb, with the subject', () => {
    expect(label('Dockers marched in Varna on Saturday and were hoping to block the port road on Monday.', 'on Monday', {
      others: [{ start: 25, end: 36, date: { start: '2011-05-21' } }], dateStart: '2011-05-23',
    })).toBe('Dockers were hoping to block the port road');
  });

  it('leaves a relative clause, whose subject is no words of it', () => {
    expect(label('Marek Aberg, who first won power in 2011 and was re-elected in 2015, called the vote.', 'in 2015')).not.toMatch(/^First\b/);
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

describe('makeLabel: a where-clause a date ends', () => {
  it('tells the clause with the place before "where"', () => {
    expect(label('The hair matched one found in a Tesk home where Ivo Marn, a 44-year-old driver, lived last year.', 'last year'))
      .toBe('Ivo Marn lived in a Tesk home');
    expect(label('She was raised in a farmhouse near Tesk where she was born in 1950.', 'in 1950')).toBe('She was born in a farmhouse near Tesk');
  });

  it('leaves a where-clause that goes on after its date, and a place one goes to', () => {
    expect(label('Police searched the house where the driver was arrested in 2009 and found nothing.', 'in 2009')).not.toMatch(/ in the house$/);
    expect(label('She went back to the village where she was born in 1950.', 'in 1950')).not.toMatch(/born to/);
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

describe('makeLabel: a saying with what the speaker did then', () => {
  it('labels "…,\'\' Vell said Monday before leaving the base" by what was said', () => {
    expect(label('``To the crews in Varno, I carry the thanks of the whole town,\'\' Vell said Monday before leaving Orlan Air Base.', 'Monday'))
      .toBe('Vell said I carry the thanks of the whole town');
  });

  it('leaves a saying followed by a clause of its own', () => {
    expect(label('Vell said Monday before the vote that she would stay.', 'Monday')).not.toMatch(/^Vell said I/);
  });
});

describe('makeLabel: a deed bidden for a date still to come', () => {
  const day = { published: '2011-05-18' };
  it('labels the one bidden and the deed, not the order', () => {
    expect(label('Rep. Ana Vell said she summoned 6-year-old Ivo Marn to give evidence to the harbour panel on June 10.', 'June 10', { ...day, dateStart: '2011-06-10' }))
      .toBe('6-year-old Ivo Marn to give evidence to the harbour panel');
    expect(label('The court told Tesk Mills to pay the fine on June 30.', 'June 30', { ...day, dateStart: '2011-06-30' })).toBe('Tesk Mills to pay the fine');
  });

  it('leaves an order dated in the past, a deed with no one bidden, and a plain noun bidden', () => {
    expect(label('The board asked Mayor Vell to resign on Friday.', 'on Friday', { ...day, dateStart: '2011-05-13' })).toBe('Board asked Mayor Vell to resign');
    expect(label('The firm agreed to sell the plant next month.', 'next month', { ...day, dateStart: '2011-06-01' })).toBe('Firm agreed to sell the plant');
    expect(label('The board asked the mayor to resign on June 2.', 'on June 2', { ...day, dateStart: '2011-06-02' })).toBe('Board asked the mayor to resign');
    // A date, a modal's "expected to" or a month is no one bidden.
    expect(label('Dockers voted on Sunday to extend their strike until at least June 3.', 'June 3', { ...day, dateStart: '2011-06-03' })).not.toMatch(/^(?:On Sunday )?[Tt]o extend/);
    expect(label('Mayor Vell is expected to ask Orlan to form a board on June 3.', 'on June 3', { ...day, dateStart: '2011-06-03' })).toMatch(/^Mayor Vell/);
    expect(label('The split would be paid on a date in June to holders of record May 21.', 'May 21', { ...day, dateStart: '2012-05-21' })).not.toMatch(/^Date in June/);
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

describe('makeLabel: titles inside a list of people', () => {
  const people = ['Ana Brel', 'Ivo Marn', 'Eva Kross'];
  it('drops each title so the subject fits before its verb', () => {
    expect(label('Treasurer Ana Brel, Environment Minister Ivo Marn and Attorney General Eva Kross all voted to support the charter Friday.', 'Friday', { people }))
      .toBe('Ana Brel, Ivo Marn and Eva Kross all voted to support the charter');
  });

  it('leaves capitalised words before a name that no list joins', () => {
    expect(label('Varno Bank hired Eva Kross on Friday.', 'on Friday', { people })).toBe('Varno Bank hired Eva Kross');
  });
});

describe('makeLabel: two people with their titles, then an aside, then the verb', () => {
  it('takes the subject and the verb past a participle aside', () => {
    const sentence = 'Also Friday, Varno Mayor Ana Brel and Tesk Deputy Mayor Ivo Marn, joined by one of the firm\'s lawyers, flew to the capital to appeal to the minister.';
    expect(label(sentence, 'Friday', { people: ['Ana Brel', 'Ivo Marn'] })).toBe('Ana Brel and Ivo Marn flew to the capital to appeal to the minister');
  });

  it('leaves an apposition that is no aside of a participle', () => {
    expect(label('On Monday, Ana Brel, the port\'s director, closed the docks.', 'On Monday', { people: ['Ana Brel'] })).toBe('Ana Brel closed the docks');
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

  it('takes no link word opening the sentence as the subject', () => {
    expect(label("However, the firm's mining arm, though in profit, was hit by high costs on Monday.", 'on Monday'))
      .toBe("Firm's mining arm was hit by high costs");
    expect(label('Meanwhile, the port, closed for repairs, will reopen on Monday.', 'on Monday')).toBe('Port will reopen');
  });

  it('cuts no clause at a comma between two qualifiers of one noun', () => {
    expect(label('Tesk on Monday made a new, $12-a-unit bid for the paper maker.', 'on Monday'))
      .toBe('Tesk made a new, $12-a-unit bid for the paper maker');
  });

  it('still cuts at a comma before a speaker', () => {
    expect(label('Brel closed a plant, officials said Monday.', 'Monday')).toBe('Officials said Brel closed a plant');
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

  it("labels a payment date by what was declared, without the record date", () => {
    expect(label('BREL Corp., Tesk, Vt., declared its first quarterly dividend of 4 cents a unit, payable Jan. 3 to holders of record Dec. 9.', 'Jan. 3'))
      .toBe('BREL Corp’s first quarterly dividend of 4 cents a unit payable');
    expect(label('The smaller payout is payable March 4 to holders of record Feb. 11.', 'March 4')).toBe('Smaller payout is payable');
  });

  it('leaves a payment told without "payable"', () => {
    expect(label('Brel will pay the dividend on Jan. 3 to holders.', 'on Jan. 3')).toBe('Brel will pay the dividend to holders');
  });

  it('labels a happening named as the cause or source of what the clause tells', () => {
    expect(label('Half-year profit held up on one-off gains, among them $6 million from the sale of Orlan Mills in May and a $2 million grant.', 'May'))
      .toBe('Sale of Orlan Mills');
    expect(label('Its costs rose, tied to the buy-out of a 40% stake in Orlan Co. from Varno Corp. last June.', 'last June'))
      .toBe('Buy-out of a 40% stake in Orlan Co. from Varno Corp');
  });

  it('leaves a level, and a happening noun whose clause goes on after the date', () => {
    expect(label('Prices rose from the level of last May.', 'last May')).toBe('Prices rose from the level');
    expect(label('Tesk moved from the sale of cars in 2019 to leasing.', '2019')).toBe('Tesk moved from the sale of cars to leasing');
  });

  it('labels a full date set off by commas inside a noun phrase by that noun', () => {
    expect(label('Under the filing, Tesk Corp. bought 9,000 shares from Orlan as a result of a May 4, 1987, share purchase deal.', 'May 4, 1987'))
      .toBe('Share purchase deal');
  });

  it('takes the name ending a clause before ", who", not the clause, as the antecedent', () => {
    expect(label('The coach said that striker Ivo Marn, who broke his leg in March, will play in the final.', 'in March')).toBe('Ivo Marn broke his leg');
    expect(label('The Metal Workers Union, which won the vote in 2015, struck again.', 'in 2015')).toBe('Metal Workers Union won the vote');
  });

  it('keeps the comma after an opening date followed by another phrase', () => {
    expect(label('In the spring of 2021, in 30 days of talks, the two towns agreed a border.', 'spring of 2021')).toBe('Two towns agreed a border');
  });

  it('labels a date still to come after "promised to" by the promised deed', () => {
    const published = '2023-11-17';
    expect(label('Prime Minister Ana Brel, a sceptic herself, pledged to hold a vote on the matter next year after the assembly backed the plan 70-41.', 'next year', { published, dateStart: '2024-01-01', subject: 'Ana Brel' }))
      .toBe('Ana Brel to hold a vote on the matter');
    expect(label('Ivo Marn vowed to repay the loan by March.', 'March', { published, dateStart: '2024-03-01' })).toBe('Ivo Marn to repay the loan');
  });

  it('leaves a promise dated on or before the article\'s day', () => {
    expect(label('Tesk vowed to fight the ruling on Monday.', 'on Monday', { published: '2023-11-17', dateStart: '2023-11-13' })).toBe('Tesk vowed to fight the ruling');
  });

  it('labels a disaster named as the source of claims by its name', () => {
    expect(label('Brel Insurance began handling claims from the Northern Varno earthquake nearly two weeks ago.', 'two weeks ago'))
      .toBe('Northern Varno earthquake');
  });
});

describe('makeLabel: a trailing saying with the wire\'s "here"', () => {
  it('labels what was said with its speaker when "here" stands between the verb and the date', () => {
    expect(label('The entry has changed the balance in the region, Prime Minister Ivo Marn said here Friday.', 'Friday'))
      .toBe('Prime Minister Ivo Marn said the entry has changed the balance in the region');
  });

  it('leaves a verb of the clause followed by "here"', () => {
    expect(label('Ivo Marn arrived here Friday for talks on the Tesk dam.', 'Friday')).toMatch(/^Ivo Marn arrived/);
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

  it("labels a cause's noun by its own relative clause", () => {
    expect(label('A third man was charged in connection with the bombing of two banks in Tesk last year that killed 24 people.', 'last year'))
      .toBe('Bombing of two banks in Tesk killed 24 people');
  });

  it("leaves a cause's noun followed by a clause of another subject", () => {
    expect(label('A third man was charged in connection with the bombing of two banks in Tesk last year, and police searched his flat.', 'last year'))
      .not.toMatch(/searched/);
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

describe('makeLabel: a place and its country before the date', () => {
  it('keeps "Tesk, Varno" with the clause the date ends', () => {
    expect(label('More than 40 workers have died since a bomb ripped through a depot next to the city hall in Tesk, Varno Friday morning.', 'Friday morning'))
      .toBe('Bomb ripped through a depot next to the city hall in Tesk, Varno');
  });

  it('leaves a comma before a subject that the date does not end', () => {
    expect(label('After talks in Tesk, Brel Friday signed the deal.', 'Friday')).toBe('Brel signed the deal');
  });
});

describe('makeLabel: a present verb after an aside of its subject', () => {
  it("gives the verb its subject across a participle's or a noun's aside", () => {
    expect(label('Brel Electric Corp., counting on its cuts, expects margins of over 10% next year, its officers told analysts.', 'next year'))
      .toBe('Brel Electric Corp. expects margins of over 10%');
    expect(label("Tesk Mills, the region's largest employer, expects a loss next year.", 'next year')).toBe('Tesk Mills expects a loss');
  });

  it('leaves a plural noun after a comma', () => {
    expect(label('Ivo Marn, a driver, bought two trucks, vans and cars in May.', 'in May')).not.toMatch(/^Ivo Marn vans/);
  });
});

describe('makeLabel: a sum restated in brackets', () => {
  it('blanks a sum written in words or with its currency country, and leaves no space before the comma after it', () => {
    expect(label("Traders pushed Brel's share price up six pence (ten U.S. cents) to 410 pence in Tesk yesterday.", 'yesterday'))
      .toBe("Traders pushed Brel's share price up six pence to 410 pence in Tesk");
    expect(label("In Tesk yesterday, Brel's shares were up 3 pence (4.8 cents), at 410 pence.", 'yesterday')).toBe("Brel's shares were up 3 pence, at 410 pence");
  });

  it('keeps a bracket that holds a name', () => {
    expect(label('The Tesk Rovers (the champions) lost on Sunday.', 'on Sunday')).toMatch(/champions/);
  });
});

describe('makeLabel: a state that ends the sentence', () => {
  it('keeps "Tesk, Mich." whole at the end of the sentence', () => {
    expect(label('The Brel plant closed yesterday in Tesk, Mich.', 'yesterday')).toBe('Brel plant closed in Tesk, Mich');
  });
});

describe("makeLabel: a participle's aside between the subject and a verb that reads as a participle", () => {
  it('gives "pushed up" the subject before the aside, not a noun inside it', () => {
    expect(label("Speculative traders, betting on a clash between Brel and Marn, pushed up Tesk's share price to 410 pence yesterday.", 'yesterday'))
      .toBe("Speculative traders pushed up Tesk's share price to 410 pence");
  });

  it('leaves a participle that qualifies the noun before it', () => {
    expect(label('The board met under the Tesk Accord, signed by the two towns in 2019.', '2019')).toMatch(/Tesk Accord/);
  });
});

describe('makeLabel: a when-clause after a main clause that only frames the date', () => {
  it('labels the when-clause after a deed not done or a turn, with no comma before "when"', () => {
    expect(label('The port could have used some help in 2019 when the Varno army shelled Tesk.', '2019')).toBe('Varno army shelled Tesk');
    expect(label('The row between Tesk and Varno took a bitter turn Thursday when Ivo Marn called Ana Brel a liar.', 'Thursday'))
      .toBe('Ivo Marn called Ana Brel a liar');
  });

  it('leaves a main clause that tells a deed of its own', () => {
    expect(label('The Tesk plant closed Thursday when the power failed.', 'Thursday')).toMatch(/^Tesk plant closed/);
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

describe('makeLabel: a conjunct with a time of its own', () => {
  it('ends the label before "but will now …", "and today …"', () => {
    expect(label('At its height in 2009, the owner of the three mills had 900 workers but will now keep about 60.', '2009'))
      .toBe('Owner of the three mills had 900 workers');
    expect(label('At its height, the owner of the three mills had 900 workers in 2009 but will now keep about 60.', '2009'))
      .toBe('Owner of the three mills had 900 workers');
    expect(label('The Tesk ferry line carried 2 million people in 2015 and today runs two boats.', '2015'))
      .toBe('Tesk ferry line carried 2 million people');
  });

  it('leaves a conjunct without a time of its own, the date inside the conjunct, and what was said', () => {
    expect(label('The Tesk ferry line carried 2 million people in 2015 but lost its licence.', '2015'))
      .toBe('Tesk ferry line carried 2 million people but lost its licence');
    expect(label('Officials said on Friday that the mill had 900 workers but will now keep 60.', 'on Friday'))
      .toMatch(/will now keep 60/);
    expect(label('The ferry line had two boats but will now run six from May 4.', 'May 4')).toMatch(/will now run six/);
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
    expect(label('“This is a firm that we trusted in the 1970s,” said Ana Brel.', '1970s')).toMatch(/^This is a firm that we trusted/);
    expect(label('“This was the first time that the river flooded in 1990,” said Ana Brel.', '1990')).toMatch(/^This was the first time/);
  });
});
