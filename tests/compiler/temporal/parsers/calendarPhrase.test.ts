// parsers/calendarPhrase.ts: calendar phrases with their lead word, ranges and lists.
import { dates, timexes } from '../tagged';

const PUB = '2021-05-12';

/** Each sentence's first TIMEX3 value in a paper of 13 March 2024. */
function expectFirstValues(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [sentence, value] of cases) expect(timexes(sentence, '2024-03-13')[0]?.[2], sentence).toBe(value);
}

describe('calendar-phrase', () => {
  it('marks the phrase without its preposition, with "the" before a season or decade and an edge', () => {
    expect(timexes('The dam at Corran opened in 1987.', PUB)).toEqual([['1987', 'DATE', '1987']]);
    expect(timexes('Talks began in the fall of 2019.', PUB)).toEqual([['the fall of 2019', 'DATE', '2019-FA']]);
    expect(timexes('Prices rose in the 1990s.', PUB)).toEqual([['the 1990s', 'DATE', '199']]);
    expect(timexes('The line will open by the end of 2022.', PUB)).toEqual([['the end of 2022', 'DATE', '2022', 'END']]);
    expect(timexes('Rains came in late November.', PUB)).toEqual([['late November', 'DATE', '2020-11', 'END']]);
  });

  it('leaves the edge of a noun a year qualifies outside its TIMEX3: "the end of the 2020 season" is the season\'s end', () => {
    expect(timexes('Ruud Palk retired at the end of the 2020 season.', PUB)).toEqual([['2020', 'DATE', '2020']]);
    expect(timexes('Brask Energy cut debt by the middle of the 2019 fiscal year.', PUB)).toEqual([['2019', 'DATE', '2019']]);
    // A season over two years is marked end by end, as any range of years.
    expect(timexes('The striker left Velm at the start of the 2019-20 season.', PUB)).toEqual([['2019', 'DATE', '2019'], ['20', 'DATE', '2020']]);
    // Must not change: the end of the year itself, of a decade.
    expect(timexes('The Orla line closed at the end of 2019.', PUB)).toEqual([['the end of 2019', 'DATE', '2019', 'END']]);
    expect(timexes('Prices fell at the start of the 1990s.', PUB)).toEqual([['the start of the 1990s', 'DATE', '199', 'START']]);
  });

  it('reads the hundreds before 2000 as a century, keeping its edge, and "the 2000s" as a decade', () => {
    expect(timexes('The Corran dam was built in the 1800s.', PUB)).toEqual([['the 1800s', 'DATE', '18']]);
    expect(timexes('Veltin grew fast in the early 1900s.', PUB)).toEqual([['the early 1900s', 'DATE', '19', 'START']]);
    expect(timexes('Prices in Veltin rose in the 2000s.', PUB)).toEqual([['the 2000s', 'DATE', '200']]);
    expect(timexes('Prices in Veltin rose in the 1890s.', PUB)).toEqual([['the 1890s', 'DATE', '189']]);
    // The timeline still dates the event by the first decade.
    expect(dates('The Corran dam was built in the 1800s.', PUB)).toEqual([['1800s', '1800-01-01', '1809-12-31', 'decade']]);
  });

  it('marks each end of a range and each item of a list', () => {
    expect(timexes('He led the club from 2012 to 2017.', PUB)).toEqual([['2012', 'DATE', '2012'], ['2017', 'DATE', '2017']]);
    expect(timexes('Floods hit in 2018, 2019 and 2020.', PUB)).toEqual([['2018', 'DATE', '2018'], ['2019', 'DATE', '2019'], ['2020', 'DATE', '2020']]);
  });

  it('gives a range of days within one month the year written after its last day', () => {
    expect(dates('The Velmar summit was held March 18-19, 1999, in Oslin.', PUB)).toEqual([['March 18-19, 1999', '1999-03-18', '1999-03-19', 'day']]);
    expect(dates('The fair in Corran ran from June 3 to 5, 2009.', PUB)).toEqual([['June 3 to 5, 2009', '2009-06-03', '2009-06-05', 'day']]);
    expect(timexes('The Velmar summit was held March 18-19, 1999.', PUB)).toEqual([['March 18', 'DATE', '1999-03-18'], ['19, 1999', 'DATE', '1999-03-19']]);
    expect(dates('Voting in Tessel took place on Dec. 12 and 13, 2004.', PUB).map((d) => d[1])).toEqual(['2004-12-12', '2004-12-13']);
    // The day before the month: "18-19 March 1999", "on 18 and 19 March 1999".
    expect(dates('The Velmar summit was held 18-19 March 1999 in Oslin.', PUB)).toEqual([['18-19 March 1999', '1999-03-18', '1999-03-19', 'day']]);
    expect(dates('Voting in Tessel took place on 12 and 13 December 2004.', PUB).map((d) => [d[0], d[1]])).toEqual([['12', '2004-12-12'], ['13 December 2004', '2004-12-13']]);
    expect(dates('Rains fell between 18 and 20 May 2001.', PUB)).toEqual([['18 and 20 May 2001', '2001-05-18', '2001-05-20', 'day']]);
  });

  it('leaves a range without a year to the tense, and a count after it alone', () => {
    expect(dates('The Velmar summit was held March 18-19.', PUB)).toEqual([['March 18-19', '2021-03-18', '2021-03-19', 'day']]);
    expect(dates('The Velmar fair ran March 18-19, 2,000 visitors came.', PUB)).toEqual([['March 18-19', '2021-03-18', '2021-03-19', 'day']]);
    expect(dates('The Velmar fair ran March 18-19, when 1999 visitors came.', PUB)).toEqual([['March 18-19', '2021-03-18', '2021-03-19', 'day']]);
    // "18 of 19 March votes" is a count, not a range.
    expect(dates('The Velmar board counted 18 of 19 March votes.', PUB).map((d) => d[0])).not.toContain('18');
  });

  it('reads a year before the noun it dates', () => {
    expect(dates('Police linked him to a 2015 robbery in Tessel.', PUB)).toEqual([['2015', '2015-01-01', '2015-12-31', 'year']]);
    expect(dates('Her 2019 campaign failed.', PUB)).toEqual([['2019', '2019-01-01', '2019-12-31', 'year']]);
    // A name may stand between the year and the happening it dates; a count of named things stays a count.
    expect(timexes('Analysts were predicting 2022 Harwick earnings of $3 a share.', PUB)).toEqual([['2022', 'DATE', '2022']]);
    expect(timexes('He sold 1990 Harwick shares.', PUB)).toEqual([]);
    expect(timexes('Police counted 2000 Veltin residents.', PUB)).toEqual([]);
  });

  it('reads a day in words ("the third of May", "the twenty-first of June, 2019") as that day, without "the"', () => {
    expect(timexes('The Corran dam opened on the third of May.', PUB)).toEqual([['third of May', 'DATE', '2021-05-03']]);
    expect(timexes('Tessel votes on the twenty-first of June, 2022.', PUB)).toEqual([['twenty-first of June, 2022', 'DATE', '2022-06-21']]);
    // "the first of many", and a month that is a name's possessive, are no dates.
    expect(timexes('The first of many Tessel rallies was held.', PUB)).toEqual([]);
    expect(timexes('He was the third of May\'s children.', PUB).map((t) => t[2])).not.toContain('2021-05-03');
  });

  it('reads a day in words after its month ("March eighth", "May the first, 2019") as that day', () => {
    expect(timexes('The Corran dam opened on March eighth.', PUB)).toEqual([['March eighth', 'DATE', '2021-03-08']]);
    expect(timexes('Tessel votes on June twenty-first, 2022.', PUB)).toEqual([['June twenty-first, 2022', 'DATE', '2022-06-21']]);
    expect(timexes('The Velmar fair opens May the first and closes in June.', PUB)[0]).toEqual(['May the first', 'DATE', '2021-05-01']);
    expect(timexes('The rally is next Sunday, October third.', PUB)).toEqual([['next Sunday, October third', 'DATE', '2021-10-03']]);
    // An ordinal that begins a noun phrase after the month is no day: "the March second round", "May first-time".
    expect(timexes('Oslin lost the March second round of talks.', PUB).map((t) => t[2])).not.toContain('2021-03-02');
    expect(timexes('Tessel buyers in May first-time offers rose.', PUB).map((t) => t[2])).not.toContain('2021-05-01');
  });

  it('reads a year named as one ("the year 2019") or opening its sentence before its verb ("2019 was")', () => {
    expect(timexes('The year 2019 was the wettest in Corran.', PUB)).toEqual([['2019', 'DATE', '2019']]);
    expect(dates('2019 was a hard year for the Tessel mills.', PUB)).toEqual([['2019', '2019-01-01', '2019-12-31', 'year']]);
    expect(timexes('2020 saw record floods in Corran.', PUB)).toEqual([['2020', 'DATE', '2020']]);
    // A count, a label or a number mid-sentence before a verb is no year.
    expect(timexes('1500 were killed in the Tessel floods.', PUB)).toEqual([]);
    expect(timexes('Flight 2019 was late.', PUB)).toEqual([]);
    expect(timexes('In all, 1987 was spent on the Corran dam.', PUB)).toEqual([]);
  });

  it('reads years after "both", "due" and a possessive, and a month or season the words around make one', () => {
    expect(dates('Profits fell in both 2019 and 2020.', PUB).map((d) => d[0])).toEqual(['2019', '2020']);
    expect(timexes('The bonds are due 2027.', PUB)).toEqual([['2027', 'DATE', '2027']]);
    expect(dates("The charge hits the company's 2020 results.", PUB)).toEqual([['2020', '2020-01-01', '2020-12-31', 'year']]);
    expect(timexes('Rivals raised prices over the summer.', PUB)).toEqual([['the summer', 'DATE', '2020-SU']]);
    // After "of", a season is a time only with its part and no noun after it.
    expect(timexes('Orders at Veltin climbed back from the weak levels of the early summer.', PUB)).toEqual([['the early summer', 'DATE', '2020-SU', 'START']]);
    expect(timexes('Orders at Veltin climbed back from the weak levels of the summer.', PUB)).toEqual([]);
    expect(timexes('The end of the late summer rains came early.', PUB)).toEqual([]);
  });

  it('marks a month before its noun as a TIMEX3 but makes no event of it', () => {
    expect(timexes('The bank sold itself under a June agreement.', PUB)).toEqual([['June', 'DATE', '2020-06']]);
    expect(dates('The bank sold itself under a June agreement.', PUB)).toEqual([]);
    expect(timexes('Theresa May agreed.', PUB)).toEqual([]);
  });

  it('reads a year far ahead only as a target', () => {
    expect(dates('The country aims to cut emissions by 2050.', PUB)).toEqual([['2050', '2050-01-01', '2050-12-31', 'year']]);
    expect(dates('The fleet will be replaced in 2045.', PUB)).toEqual([['2045', '2045-01-01', '2045-12-31', 'year']]);
    expect(dates('The stadium holds seats in 2099 rows.', PUB)).toEqual([]);
    expect(dates('The vote passed 2045 to 12.', PUB)).toEqual([]);
  });

  it('leaves counts, labels and plural nouns alone', () => {
    expect(dates('The 2000 delegates left.', PUB)).toEqual([]);
    expect(dates('Resolution 1991 was adopted.', PUB)).toEqual([]);
    expect(dates('The 1998 and 1999 figures differ.', PUB)).toEqual([['1998', '1998-01-01', '1998-12-31', 'year'], ['1999', '1999-01-01', '1999-12-31', 'year']]);
  });

  it('places the date a term falls on ahead of publication, whatever the tense that set it', () => {
    const AUTUMN = '2019-10-28';
    expect(timexes('Harwick Mills declared a dividend payable Dec. 4 to holders of record Nov. 19.', AUTUMN))
      .toEqual([['Dec. 4', 'DATE', '2019-12-04'], ['Nov. 19', 'DATE', '2019-11-19']]);
    expect(timexes('The new pay scale takes hold, effective Feb. 1.', AUTUMN)).toEqual([['Feb. 1', 'DATE', '2020-02-01']]);
    expect(timexes('Orvel said it would extend its offer, due to lapse on Friday, to Nov. 8.', AUTUMN).at(-1))
      .toEqual(['Nov. 8', 'DATE', '2019-11-08']);
    expect(timexes('The lenders have extended the mill a credit line through January.', AUTUMN)).toEqual([['January', 'DATE', '2020-01']]);
    expect(timexes('The board set Nov. 12 as the deadline for bids.', AUTUMN)).toEqual([['Nov. 12', 'DATE', '2019-11-12']]);
    expect(timexes('Orvel extended to Nov. 22 its offer for the mill.', AUTUMN)).toEqual([['Nov. 22', 'DATE', '2019-11-22']]);
    expect(timexes('Orvel extended its offer for Harwick Corp. stock until 4 p.m. EST Nov. 12.', AUTUMN)).toEqual([['4 p.m. EST Nov. 12', 'TIME', '2019-11-12T16:00']]);
    // "at midnight on", "at noon on" between the term's verb and its day.
    expect(timexes('The Orvel offer expires at midnight on Jan. 31.', AUTUMN)).toEqual([['midnight', 'TIME', '2020-01-31T24:00'], ['Jan. 31', 'DATE', '2020-01-31']]);
    expect(timexes('The Orvel offer lapsed at midnight on Jan. 31.', AUTUMN)).toEqual([['midnight', 'TIME', '2019-01-31T24:00'], ['Jan. 31', 'DATE', '2019-01-31']]);
    // The offer told at length between the extending and its end: "extended" still sets the term.
    expect(timexes('Orvel extended its cash offer of $21 a share, or about $480 million, for the 40% of Harwick Corp. that it does not already hold until 4 p.m. EST, Nov. 12.', AUTUMN))
      .toEqual([['4 p.m. EST, Nov. 12', 'TIME', '2019-11-12T16:00']]);
    expect(timexes('Harwick said it will redeem 2.5 million Series B preferred shares on Oct. 31.', AUTUMN).at(-1))
      .toEqual(['Oct. 31', 'DATE', '2019-10-31']);
    // A deadline that passed a few days ago is still the one meant.
    expect(timexes('Nobody explained the Jan. 9 deadline.', '2020-01-14')).toEqual([['Jan. 9', 'DATE', '2020-01-09']]);
  });

  it('reads a day named before its noun as the nearest such day, whatever the clause looks to', () => {
    const PAPER = '2020-08-18';
    expect(timexes('Officials would send aid to towns where the Aug. 7 floods struck.', PAPER)).toEqual([['Aug. 7', 'DATE', '2020-08-07']]);
    expect(timexes('Candidates were chosen for the Sept. 2 vote.', PAPER)).toEqual([['Sept. 2', 'DATE', '2020-09-02']]);
    // Not before a noun: the clause's tense decides.
    expect(timexes('Officials would send aid on Aug. 7.', PAPER)).toEqual([['Aug. 7', 'DATE', '2021-08-07']]);
  });

  it('reads a day named before its noun months ahead as the one gone by, unless the clause looks ahead', () => {
    const OCTOBER = '2020-10-20';
    expect(timexes('Police have searched for the Velm driver since shortly after the March 3 crash.', OCTOBER)).toEqual([['March 3', 'DATE', '2020-03-03']]);
    expect(timexes('The Kessig council will hold the March 3 vote.', OCTOBER)).toEqual([['March 3', 'DATE', '2021-03-03']]);
    expect(timexes('Candidates were chosen for the Nov. 3 vote.', OCTOBER)).toEqual([['Nov. 3', 'DATE', '2020-11-03']]);
  });

  it('reads a day named before a happening set beforehand as the coming one when its clause looks ahead', () => {
    // In a March paper: election desk, courts, sports; then a past clause, a happening never set beforehand, what one
    // left behind, and one just gone by, which keep the nearest day.
    expectFirstValues([
      ['The Nov. 5 election will decide control of the Dunmore council.', '2024-11-05'],
      ['Voters will go to the polls in the Nov. 5 election.', '2024-11-05'],
      ['Candidates will debate twice ahead of the Oct. 12 runoff.', '2024-10-12'],
      ['The Dec. 2 hearing will decide whether the Velm mill stays shut.', '2024-12-02'],
      ['The Nov. 5 election decided control of the Dunmore council.', '2023-11-05'],
      ['The Nov. 5 election results will be certified by the Dunmore board.', '2023-11-05'],
      ['The Feb. 20 vote will be rerun, the Kessig court said.', '2024-02-20'],
      ['Relief will reach towns hit by the Nov. 5 floods.', '2023-11-05'],
      // A present clause that waits for the happening, or one that looks back past it.
      ['Candidates are raising money ahead of the Nov. 5 election.', '2024-11-05'],
      ['Ahead of the Oct. 12 runoff, both Dunmore camps are on the air.', '2024-10-12'],
      ['Officials say the Nov. 5 vote was rigged.', '2023-11-05'],
      ['The Dunmore council has met twice since the Nov. 5 election.', '2023-11-05'],
    ]);
  });

  it('reads a day a thing is on, told in the present right before it, as the one ahead or just gone by', () => {
    expectFirstValues([
      ['The Dunmore primary is Nov. 5.', '2024-11-05'],
      ['The Velm election is on Nov. 5, officials said.', '2024-11-05'],
      // Gone by in the last weeks: the one meant.
      ['The deadline to register in Velm is Feb. 1.', '2024-02-01'],
      // Told in the past.
      ['The Dunmore primary was Nov. 5.', '2023-11-05'],
    ]);
  });

  it('reads a day named before a happening nobody sets beforehand as one gone by, whatever the clause looks to', () => {
    // In a March paper: wire reports of a disaster and an attack; a happening set beforehand keeps the nearest day.
    expectFirstValues([
      ['Towns hit by the March 20 floods will get aid from the Kessig fund.', '2023-03-20'],
      ['The Aug. 7 bombings in Orlen will be remembered at a vigil.', '2023-08-07'],
      ['The March 2 quake destroyed the Velm bridge.', '2024-03-02'],
      ['The March 20 vote will be rerun in two districts.', '2024-03-20'],
    ]);
  });

  it('reads a deadline weeks ahead, or just gone by, as that one whatever the tense that tells it', () => {
    const AUTUMN = '2019-10-28';
    expect(timexes('Harwick said that if Orvel mails its offer by Nov. 22, it will pay the costs.', AUTUMN)).toEqual([['Nov. 22', 'DATE', '2019-11-22']]);
    expect(timexes('The court said the boy had to leave by Oct. 25.', AUTUMN)).toEqual([['Oct. 25', 'DATE', '2019-10-25']]);
    // Months back, the deadline is the one gone by, not next year's.
    expect(timexes('The law had to be passed by March 1.', AUTUMN)).toEqual([['March 1', 'DATE', '2019-03-01']]);
    expect(timexes('The mill was sold by June 30.', AUTUMN)).toEqual([['June 30', 'DATE', '2019-06-30']]);
  });

  it('reads "set on" and "set in" before a date as past, "set for" as ahead', () => {
    const WINTER = '1998-02-06';
    expect(timexes('The Kaldor index closed near the record peak it reached on Aug. 6.', WINTER)).toEqual([['Aug. 6', 'DATE', '1997-08-06']]);
    expect(timexes('The Kaldor vote was set for Aug. 6.', WINTER)).toEqual([['Aug. 6', 'DATE', '1998-08-06']]);
    expect(timexes('The Kaldor ferry is due in March.', WINTER)).toEqual([['March', 'DATE', '1998-03']]);
  });

  it('leaves dates that only happened, and lengths of time, to the tense', () => {
    const AUTUMN = '2019-10-28';
    expect(timexes('The dividend was paid Dec. 4.', AUTUMN)).toEqual([['Dec. 4', 'DATE', '2018-12-04']]);
    expect(timexes('The drought extended through March.', AUTUMN)).toEqual([['March', 'DATE', '2019-03']]);
    expect(timexes('Orvel bought the mill in January.', AUTUMN)).toEqual([['January', 'DATE', '2019-01']]);
  });

  it('reads the month right after publication\'s, told after its preposition in a past clause, as the one ahead', () => {
    expect(timexes('Orvel Oil told its dealers of a price rise in September.', '2021-08-16')).toEqual([['September', 'DATE', '2021-09']]);
    expect(timexes('The Harwick board agreed to merge the two units in January.', '2021-12-09')).toEqual([['January', 'DATE', '2022-01']]);
    expect(timexes('The Velm clinic got its reopening scheduled for November.', '2021-10-19')).toEqual([['November', 'DATE', '2021-11']]);
  });

  it('leaves a past clause\'s other months, a month before its noun or opening the sentence, and a future clause as they were', () => {
    // Two months ahead, told in the past: the one gone by; the month before publication: this year's.
    expect(timexes('Orvel Oil reduced its supplies in October.', '2021-08-16')).toEqual([['October', 'DATE', '2020-10']]);
    expect(timexes('Orvel Oil reduced its supplies in July.', '2021-08-16')).toEqual([['July', 'DATE', '2021-07']]);
    expect(timexes('The bank sold itself under a September agreement.', '2021-08-16')).toEqual([['September', 'DATE', '2020-09']]);
    // Fronted, the month dates the past verb: the one gone by.
    expect(timexes('In September, Orvel Oil told its dealers of a price rise.', '2021-08-16')).toEqual([['September', 'DATE', '2020-09']]);
    expect(timexes('In January, the Harwick board agreed to merge the two units.', '2021-12-09')).toEqual([['January', 'DATE', '2021-01']]);
    expect(timexes('Orvel Oil will reduce its supplies in October.', '2021-08-16')).toEqual([['October', 'DATE', '2021-10']]);
  });

  it('gives "May 4 of that year" the year of the date before it, one TIMEX3 with its "of that year"', () => {
    const after1921 = { previous: { start: '1921-01-01', precision: 'year' as const } };
    const afterJune1921 = { previous: { start: '1921-06-02', precision: 'day' as const } };
    expect(timexes('On May 4 of that year the Varno museum opened its first hall.', PUB, after1921)).toEqual([['May 4 of that year', 'DATE', '1921-05-04']]);
    expect(timexes('In March of the same year the roof of the Varno hall fell.', PUB, after1921)).toEqual([['March of the same year', 'DATE', '1921-03']]);
    // "of that year" names the year outright: a day before the date told last is still in it.
    expect(timexes('On May 4 of that year the Varno museum had opened its hall.', PUB, afterJune1921)).toEqual([['May 4 of that year', 'DATE', '1921-05-04']]);
    expect(dates('On May 4 of that year the Varno museum opened its first hall.', PUB, after1921)).toEqual([['May 4', '1921-05-04', '1921-05-04', 'day']]);
  });

  it('leaves a month without "that year" after it to its own year, and "that year" alone to the anaphoric unit', () => {
    const after1921 = { previous: { start: '1921-01-01', precision: 'year' as const } };
    expect(timexes('On May 4 the Varno museum opened its first hall.', PUB, after1921)).toEqual([['May 4', 'DATE', '2021-05-04']]);
    expect(timexes('In May that year the Varno museum opened its first hall.', PUB, after1921)).toEqual([['May', 'DATE', '1921-05'], ['that year', 'DATE', '1921']]);
  });

  it('reads a timetable told in the present right before its date as a term: the one ahead, unless just gone by', () => {
    // PUB is 12 May 2021.
    expect(timexes('The Orla ferry offer ends on Jan. 15.', PUB)).toEqual([['Jan. 15', 'DATE', '2022-01-15']]);
    expect(timexes('The Velm toll takes effect on Feb. 1.', PUB)).toEqual([['Feb. 1', 'DATE', '2022-02-01']]);
    // Gone by within the last weeks: that one.
    expect(timexes('The Velm fair opens on April 20.', PUB)).toEqual([['April 20', 'DATE', '2021-04-20']]);
    // A subject ending in a model number: the phone that goes on sale, the sequel that opens.
    expect(timexes('The Orvik 7 goes on sale Jan. 15.', PUB)).toEqual([['Jan. 15', 'DATE', '2022-01-15']]);
    expect(timexes('Brask Legends 2 opens on Jan. 15.', PUB)).toEqual([['Jan. 15', 'DATE', '2022-01-15']]);
    // Must not change: a past clause after a model number, a figure that is no subject.
    expect(timexes('The Orvik 7 went on sale Jan. 15.', PUB)).toEqual([['Jan. 15', 'DATE', '2021-01-15']]);
    expect(timexes('Sales of the Orvik fell 7% on Jan. 15.', PUB)).toEqual([['Jan. 15', 'DATE', '2021-01-15']]);
  });

  it('leaves a past clause and a plural noun before the date to the tense', () => {
    expect(timexes('The Orla ferry offer ended on Jan. 15.', PUB)).toEqual([['Jan. 15', 'DATE', '2021-01-15']]);
    expect(timexes('The votes on Jan. 15 were counted in Velm.', PUB)).toEqual([['Jan. 15', 'DATE', '2021-01-15']]);
  });
});
