// documentTime.ts: a story read sentence by sentence, in its own time.
import { readDocumentTime } from '../../../src/compiler/temporal/documentTime';

function story(published: string, sentences: string[]) {
  const time = readDocumentTime(published);
  return sentences.map((s) => time.read(s).expressions.map((e) => [e.text, e.date.start, e.anchor?.kind ?? 'written', e.anchor?.text ?? e.anchor?.date ?? '']));
}

/** The TIMEX3 values of each sentence of a story, as [text, value]. */
function values(published: string, sentences: string[]) {
  const time = readDocumentTime(published);
  return sentences.map((s) => time.read(s).timexes.map((t) => [s.slice(t.start, t.end), t.value]));
}

describe('readDocumentTime', () => {
  it('keeps the latest quarter a report names as the one it reports, an earlier one being a comparison', () => {
    const report = values('2021-11-02', [
      'Harwick Mills posted a 20% rise in third-quarter net income.',
      'After a flat second quarter, the company credited the gain to its paper business.',
      'Costs were also lower than in the year-earlier period.',
    ]);
    expect(report[1]).toEqual([['second quarter', '2021-Q2']]);
    expect(report[2]).toEqual([['the year-earlier period', '2020-Q3']]);
  });

  it('moves to a later quarter when the story goes on to report one', () => {
    expect(values('2022-02-02', [
      'Harwick Mills posted a loss in the third quarter.',
      'In the fourth quarter it earned $3 million.',
      'Sales were flat from a year earlier.',
    ])[2]).toEqual([['a year earlier', '2020-Q4']]);
  });

  it('reads a timetable told in the present after its subject from publication, not from a passage set years back', () => {
    const told = story('2015-06-02', [
      'In February 1994, the Brenna Valley ceasefire was signed in Tolmar.',
      'The Tolmar peace museum reopens on June 20 after a refit.',
    ]);
    expect(told[1]).toEqual([['June 20', '2015-06-20', 'publication', '2015-06-02']]);
    expect(story('2015-06-02', [
      'In February 1994, the Brenna Valley ceasefire was signed in Tolmar.',
      'The Tolmar council meets on May 19 to mark it.',
    ])[1]).toEqual([['May 19', '2015-05-19', 'publication', '2015-06-02']]);
  });

  it('keeps the year of the passage for a plural noun after its determiner and for a past clause', () => {
    expect(story('2015-06-02', [
      'In February 1994, the Brenna Valley ceasefire was signed in Tolmar.',
      'The votes on May 19 were counted in Tolmar.',
    ])[1]).toEqual([['May 19', '1994-05-19', 'story', 'February 1994']]);
    expect(story('2015-06-02', [
      'In February 1994, the Brenna Valley ceasefire was signed in Tolmar.',
      'The Tolmar council met on May 19 to mark it.',
    ])[1]).toEqual([['May 19', '1994-05-19', 'story', 'February 1994']]);
  });

  it('gives "May 4 of that year" the year the sentence before named, and names that date as the anchor', () => {
    expect(story('2013-03-14', [
      'The Varno weavers\' museum was founded in 1921.',
      'On May 4 of that year it opened its first hall.',
    ])).toEqual([
      [['1921', '1921-01-01', 'written', '']],
      [['May 4', '1921-05-04', 'previous', '1921-01-01']],
    ]);
  });

  it('gives a year-less date of a passage about an earlier year that year, and names it as the anchor', () => {
    expect(story('2015-06-02', [
      'In February 1994, the Brenna Valley ceasefire was signed in Tolmar.',
      'On May 19, the monitoring committee was established.',
    ])).toEqual([
      [['February 1994', '1994-02-01', 'written', '']],
      [['May 19', '1994-05-19', 'story', 'February 1994']],
    ]);
  });

  it('sets the passage\'s year from a date after a part of the day ("on the night of May 5, 2019")', () => {
    expect(story('2024-05-15', [
      'The Tolmar fire started on the night of May 5, 2019.',
      'By May 7 it had spread to three villages.',
    ])[1]).toEqual([['May 7', '2019-05-07', 'story', 'May 5, 2019']]);
    expect(story('2024-05-15', [
      'The Oskar dam gave way in the early hours of March 3, 2021.',
      'On March 5, rescuers reached the last farms.',
    ])[1]).toEqual([['March 5', '2021-03-05', 'story', 'March 3, 2021']]);
    // A year just before publication sets no passage (year-less dates reach back a year already), nor does a running state.
    expect(story('2024-05-15', [
      'The Oskar dam collapsed on the night of March 3, 2023.',
      'On March 5, rescuers reached the last farms.',
    ])[1]).toEqual([['March 5', '2024-03-05', 'publication', '2024-05-15']]);
    expect(story('2024-05-15', [
      'The Oskar rules, in force since May 2019, are strict.',
      'On May 9, the court heard the case.',
    ])[1]).toEqual([['May 9', '2024-05-09', 'publication', '2024-05-15']]);
  });

  it('carries a month range of the passage to a later bare month range', () => {
    expect(story('2015-06-02', [
      'Talks in Tolmar ran through February-March 1994.',
      'In April, the two sides exchanged prisoners.',
    ])[1]).toEqual([['April', '1994-04-01', 'story', 'February-March 1994']]);
  });

  it('returns to the present when the story counts from publication again', () => {
    expect(story('2015-06-02', [
      'In February 1994, the Brenna Valley ceasefire was signed in Tolmar.',
      'On Monday, the foreign minister visited the valley.',
      'On May 19, the minister had met the monitors.',
    ])[2]).toEqual([['May 19', '2015-05-19', 'publication', '2015-06-02']]);
  });

  it('drops the focus after two sentences that neither use nor renew it, and for a year just before publication', () => {
    expect(story('2015-06-02', [
      'In February 1994, the ceasefire was signed in Tolmar.',
      'The valley is calm.',
      'Farmers went back to their fields.',
      'On May 19, a market opened.',
    ])[3]).toEqual([['May 19', '2015-05-19', 'publication', '2015-06-02']]);
    expect(story('2015-06-02', [
      'In February 2014, the ceasefire was signed in Tolmar.',
      'On May 19, a market opened.',
    ])[1]).toEqual([['May 19', '2015-05-19', 'publication', '2015-06-02']]);
  });

  it('sets the passage\'s year from "That year" or "The following year" opening a past sentence', () => {
    expect(story('2013-03-14', [
      'The Orlen dockers\' dispute began in 2011.',
      'That year, the union struck twice.',
      'In August, talks broke down.',
    ])[2]).toEqual([['August', '2011-08-01', 'story', 'That year']]);
    expect(story('2013-03-14', [
      'The Varnel bakery was founded in 2004.',
      'The following year, it moved to Ostrig.',
      'In June, it opened a second shop.',
    ])[2]).toEqual([['June', '2005-06-01', 'story', 'The following year']]);
  });

  it('keeps the passage\'s year alive through dates counted from it ("that month", "the next day")', () => {
    expect(story('2013-03-14', [
      'Halvor Dent was arrested in June 2011 in Velmora.',
      'He was charged that month with fraud.',
      'His lawyer spoke to reporters.',
      'In October, a judge ordered him to stand trial.',
    ])[3]).toEqual([['October', '2011-10-01', 'story', 'June 2011']]);
    // Without a date counted from it, the passage's year lapses after two sentences.
    expect(story('2013-03-14', [
      'Halvor Dent was arrested in June 2011 in Velmora.',
      'He was charged with fraud.',
      'His lawyer spoke to reporters.',
      'In October, a judge ordered him to stand trial.',
    ])[3]).toEqual([['October', '2012-10-01', 'publication', '2013-03-14']]);
  });

  it('leaves the year of publication to a bare month after "that year" in the present, mid-sentence or close to publication', () => {
    const june = (sentences: string[]) => story('2013-03-14', sentences)[2];
    expect(june(['The Orlen dispute began in 2011.', 'That year is remembered as the worst.', 'In June, talks broke down.']))
      .toEqual([['June', '2012-06-01', 'publication', '2013-03-14']]);
    expect(june(['The Orlen dispute began in 2011.', 'The union struck twice that year.', 'In June, talks broke down.']))
      .toEqual([['June', '2012-06-01', 'publication', '2013-03-14']]);
    expect(june(['The Orlen dispute began in March 2012.', 'That summer, the union struck twice.', 'In June, talks broke down.']))
      .toEqual([['June', '2012-06-01', 'publication', '2013-03-14']]);
  });

  it('keeps the year of a backstory aside in the past perfect out of a later sentence back in the story\'s time', () => {
    expect(story('2020-01-28', [
      'The Velm ferry company, a court in Orla heard, had moved its fleet to Ardel in June 2017 and sold it later that year.',
      'Its last boat sailed on the late-November crossing, the mayor said.',
    ])[1]).toEqual([['late-November', '2019-11-21', 'publication', '2020-01-28']]);
    // A day named before its noun gives only a TIMEX3; it too keeps the story's time.
    expect(values('2020-01-28', [
      'The Velm ferry company, a court in Orla heard, had moved its fleet to Ardel in June 2017 and sold it later that year.',
      'Its crew refused the late-November crossing, the mayor said.',
    ])[1]).toEqual([['late-November', '2019-11']]);
  });

  it('still gives the aside\'s year to a later date that opens its sentence, is past perfect too or reports no one, and to a fronted flashback', () => {
    const aside = 'The Velm ferry company, a court in Orla heard, had moved its fleet to Ardel in June 2017 and sold it later that year.';
    expect(story('2020-01-28', [aside, 'In November, the company closed its Tolmar office.'])[1]).toEqual([['November', '2017-11-01', 'story', 'June 2017']]);
    expect(story('2020-01-28', [aside, 'Its owners had opened a yard in Tolmar in November.'])[1]).toEqual([['November', '2017-11-01', 'story', 'June 2017']]);
    // A flashback set by a date that opens its sentence is no aside: the next sentence's date takes its year.
    expect(story('2015-06-02', [
      'In February 1994, the Brenna Valley ceasefire had been signed in Tolmar.',
      'The monitoring committee was established on May 19.',
    ])[1]).toEqual([['May 19', '1994-05-19', 'story', 'February 1994']]);
    // A flashback told on in the simple past, reporting no one's words, keeps the year.
    expect(story('2020-01-28', [aside, 'Its owners opened a yard in Tolmar on Nov. 12.'])[1]).toEqual([['Nov. 12', '2017-11-12', 'story', 'June 2017']]);
    // "had two sons" is a possession, not a past perfect.
    expect(story('2015-06-02', [
      'The farmer had two sons in February 1994.',
      'The monitoring committee was established on May 19.',
    ])[1]).toEqual([['May 19', '1994-05-19', 'story', 'February 1994']]);
  });

  it('leaves alone a year before a noun and a year mid-sentence', () => {
    expect(story('2015-06-02', [
      'Traders still remember the 1994 crash.',
      'On May 19, prices fell again.',
    ])[1]).toEqual([['May 19', '2015-05-19', 'publication', '2015-06-02']]);
  });

  it('reads a quote from the day its speaker said it', () => {
    expect(story('2022-12-22', ['"We will vote tomorrow," the Lenvar mayor said on Tuesday.'])).toEqual([
      [['tomorrow', '2022-12-21', 'quote', 'said on Tuesday'], ['on Tuesday', '2022-12-20', 'publication', '2022-12-22']],
    ]);
  });

  it('reads an undated quote said in a passage set years back from the passage\'s last day', () => {
    expect(story('2013-03-14', [
      'On May 19, 1994, the Tolmar accord was signed.',
      '"From today, the guns are silent," the Brenna general said.',
    ])[1]).toEqual([['today', '1994-05-19', 'quote', 'May 19, 1994']]);
  });

  it('leaves publication\'s day to a quote said now, one after a recent day, and one after a passage\'s month only', () => {
    const today = (sentences: string[]) => story('2013-03-14', sentences)[1];
    expect(today(['On May 19, 1994, the Tolmar accord was signed.', '"From today, the guns are silent," the Brenna general says.']))
      .toEqual([['today', '2013-03-14', 'publication', '2013-03-14']]);
    expect(today(['The Tolmar accord was signed on Tuesday.', '"From today, the guns are silent," the Brenna general said.']))
      .toEqual([['today', '2013-03-14', 'publication', '2013-03-14']]);
    expect(today(['In May 1994, the Tolmar accord was signed.', '"From today, the guns are silent," the Brenna general said.']))
      .toEqual([['today', '2013-03-14', 'publication', '2013-03-14']]);
  });

  it('reads a quoted e-mail from its own date, and keeps the story focus out of quotes', () => {
    expect(story('2013-05-10', ['In an e-mail dated March 4, 2012, the manager wrote: "The line failed on Sunday night."'])).toEqual([
      [['March 4, 2012', '2012-03-04', 'written', ''], ['on Sunday night', '2012-03-04', 'document', 'e-mail dated March 4, 2012']],
    ]);
    expect(story('2015-06-02', [
      'In February 1994, the ceasefire was signed in Tolmar.',
      '"On May 19, we start again," the mayor said.',
    ])[1]).toEqual([['May 19', '2015-05-19', 'publication', '2015-06-02']]);
  });

  it('counts "the next day" from the date before it, even in an earlier sentence', () => {
    expect(story('2015-06-02', ['The dam at Oresk failed on March 3.', 'The next day, the valley flooded.'])[1])
      .toEqual([['The next day', '2015-03-04', 'previous', '2015-03-03']]);
  });
});

describe('dates counted from a happening the story dated', () => {
  it('counts "two years after his diagnosis" from the diagnosis', () => {
    expect(story('2021-03-01', [
      'The Tessel skier was diagnosed with cancer in March 2015.',
      'Two years after his diagnosis, he won the Orla cup.',
    ])[1]).toEqual([['Two years after', '2017-01-01', 'event', 'his diagnosis']]);
  });

  it('counts "the day before the vote" from the vote', () => {
    expect(story('2021-03-01', [
      'Kessa voted in a referendum on Feb. 14.',
      'Police arrested three organisers the day before the vote.',
    ])[1]).toEqual([['the day before', '2021-02-13', 'event', 'the vote']]);
  });

  it('counts "the morning after their triumph" from the win the story dated in other words', () => {
    expect(story('2021-03-01', [
      "The Orla rowers celebrated Sunday's narrow victory over Kessa.",
      'Their coach quit over coffee on the morning after their triumph.',
    ])[1]).toEqual([['the morning after', '2021-03-01', 'event', 'their triumph']]);
    expect(story('2021-03-10', [
      'Kessa voted in a referendum on March 7.',
      'Police arrested three organisers the night before the vote.',
    ])[1]).toEqual([['the night before', '2021-03-06', 'event', 'the vote']]);
  });

  it('counts from the closer date a story gives its happening later, and keeps the first date against one outside it', () => {
    // "the October killing", then the day: ten days before is a day, not a month counted back from October's first.
    expect(story('2019-05-09', [
      'Police have new leads in the October killing of a Tarrow grocer.',
      'The grocer was shot late on Oct. 23 outside his store.',
      'A neighbour saw the van near the store ten days before the shooting.',
    ])[2]).toEqual([['ten days before', '2018-10-13', 'event', 'the shooting']]);
    // A later date outside the first one is another telling (a retrial, an anniversary): the first stays.
    expect(story('2021-06-01', [
      'Kessa voted in a referendum in March 2019.',
      'Velm voted again on May 3, 2020.',
      'Police arrested three organisers two months after the vote.',
    ])[2]).toEqual([['two months after', '2019-05-01', 'event', 'the vote']]);
  });

  it('counts finer units from the middle of a happening told to the month or year', () => {
    // A vote told as March: the day before it is in March, not on the last of February.
    expect(story('2021-06-01', [
      'Kessa voted in a referendum in March 2019.',
      'Police arrested three organisers the day before the vote.',
    ])[1]).toEqual([['the day before', '2019-03-01', 'event', 'the vote']]);
    // A launch told as 2016: ten months after it is more likely 2017.
    expect(story('2021-06-01', [
      'The Orla probe was launched in 2016.',
      'Ten months after the launch, its camera failed.',
    ])[1]).toEqual([['Ten months after', '2017-01-01', 'event', 'the launch']]);
    // Must not move: a count from a day, and whole units of the happening's own precision.
    expect(story('2021-06-01', [
      'Kessa voted in a referendum on March 7, 2019.',
      'Police arrested three organisers the day before the vote.',
    ])[1]).toEqual([['the day before', '2019-03-06', 'event', 'the vote']]);
    expect(story('2021-06-01', [
      'The Orla probe was launched in 2016.',
      'Two years after the launch, its camera failed.',
    ])[1]).toEqual([['Two years after', '2018-01-01', 'event', 'the launch']]);
  });

  it('leaves a count unplaced when the story never dated its happening', () => {
    expect(story('2021-03-01', ['Two years after his diagnosis, he won the Orla cup.'])[0]).toEqual([]);
  });
});

describe('a time of day on the day of a happening the story dated', () => {
  it('puts "was stabbed at 9 p.m." on the day the story dated the stabbing, months before publication', () => {
    expect(values('2022-05-10', [
      'The Velm grocer was stabbed on Nov. 12 outside his shop in Arlo.',
      'Police say the inquiry has stalled since April.',
      'Ostrov, 61, was stabbed at 9 p.m. as he locked the shutters.',
    ])[2]).toEqual([['9 p.m.', '2021-11-12T21:00']]);
    expect(values('2022-05-10', [
      'A Corran ferry capsized last Oct. 3 in a squall.',
      'The ferry capsized at about 6:40 a.m., shortly after leaving port.',
    ])[1]).toEqual([['6:40 a.m.', '2021-10-03T06:40']]);
  });

  it('leaves the hour alone when its sentence names a day, the clause is not past, it is quoted, or the verb only says', () => {
    // A sentence between, so that the hour would otherwise fall on publication day, not on the last day read.
    const told = (last: string) => values('2022-05-10', [
      'The Velm grocer was stabbed on Nov. 12 outside his shop in Arlo.', 'Police say the inquiry has stalled since April.', last,
    ])[2];
    // A day in the sentence decides.
    expect(told('His brother was stabbed at 9 p.m. on Tuesday.')).toEqual([['9 p.m.', '2022-05-10T21:00'], ['Tuesday', '2022-05-10']]);
    // The same word with a verb of its own after it: the hour of another happening.
    expect(told('A vigil for those stabbed was held at 9 p.m.')).toEqual([['9 p.m.', '2022-05-10T21:00']]);
    expect(told('A vigil for those stabbed will start at 9 p.m.')).toEqual([['9 p.m.', '2022-05-10T21:00']]);
    // Inside a quote the speaker's time holds.
    expect(told('"He was stabbed at 9 p.m.," a neighbour recalled.')).toEqual([['9 p.m.', '2022-05-10T21:00']]);
    // Saying is no happening: "announced at 3 p.m." is not the day of an earlier announcement.
    for (const verb of ['announced', 'spoke']) {
      expect(values('2022-05-10', [
        `The Arlo mayor ${verb} on March 2 that the mill would close.`, 'Police say the inquiry has stalled since April.', `The mayor ${verb} at 3 p.m. that talks had failed.`,
      ])[2]).toEqual([['3 p.m.', '2022-05-10T15:00']]);
    }
    // A happening the story never dated.
    expect(values('2022-05-10', ['Ostrov, 61, was stabbed at 9 p.m. as he locked the shutters.'])[0]).toEqual([['9 p.m.', '2022-05-10T21:00']]);
  });

  it('gives a stretch before or after a happening the month the story dated the happening in', () => {
    const told = values('2019-03-04', [
      'The Tarrow county election was held on Nov. 6, 2018.',
      'Campaign mailers flooded Tarrow in the weeks before the election, the board said.',
    ]);
    expect(told[1]).toEqual([['weeks', '2018-11']]);
    // A happening told at a season keeps the season.
    expect(values('2019-03-04', [
      'The Orla plant was flooded last fall.',
      'Workers had reported leaks in the days before it flooded.',
    ])[1]).toEqual([['days', '2018-FA']]);
  });

  it('dates a stretch beside a killing the story told in other words', () => {
    // "the shooting" and "was killed": one happening, dated once.
    expect(values('2019-03-04', [
      'Dr. Ivo Marek was killed at his Tarrow clinic on Nov. 12.',
      'A blue van was seen on his street during the weeks before that shooting, police said.',
    ])[1]).toEqual([['weeks', '2018-11']]);
    expect(values('2019-03-04', [
      'The Tarrow grocer was gunned down last fall.',
      'Detectives say the gun was hidden in the days before the murder.',
    ])[1]).toEqual([['days', '2018-FA']]);
  });

  it('dates a stretch beside a quake or a blast the story told in other words', () => {
    expect(values('2015-06-02', [
      'The earthquake hit the Velm valley on April 25.',
      'Aid convoys reached Tosk only in the days after the quake.',
    ])[1]).toEqual([['days', '2015-04']]);
    expect(values('2015-06-02', [
      'An explosion tore through the Orvel depot on May 3.',
      'Guards had reported intruders in the weeks before the blast.',
    ])[1]).toEqual([['weeks', '2015-05']]);
  });

  it('takes the date set right before a happening over one that only stood near it', () => {
    const told = values('2019-05-09', [
      'A Tarrow drifter was charged Thursday with murder for slaying a pharmacist.',
      'Prosecutors say he drove past the pharmacy in the Nov. 12 slaying of Rena Volk.',
      'His truck sat near the store in the weeks before that shooting.',
    ]);
    expect(told[2]).toEqual([['weeks', '2018-11']]);
  });

  it('does not date a crime by the day someone was charged with it', () => {
    expect(values('2024-03-12', [
      'Ivo Marel was charged with murder on March 4.',
      'A guard saw his van near the mill in the weeks before the murder.',
    ])[1]).toEqual([['weeks', 'PAST_REF']]);
  });

  it('leaves a stretch beside a happening of another kind to "the past"', () => {
    expect(values('2019-03-04', [
      'Dr. Ivo Marek was killed at his Tarrow clinic on Nov. 12.',
      'Prices rose in the weeks before the merger, analysts said.',
    ])[1]).toEqual([['weeks', 'PAST_REF']]);
  });

  it('puts a time of day on the day counted from a dated happening in its clause', () => {
    const told = values('2019-05-09', [
      'The Tarrow grocer was shot late on Oct. 23.',
      'A neighbour saw the van at 6 a.m. near the store ten days before the murder.',
    ]);
    expect(told[1]).toEqual([['6 a.m.', '2018-10-13T06:00'], ['ten days', 'P10D']]);
    // Another clause between: the hour is not the count's.
    const apart = values('2019-05-09', [
      'The Tarrow grocer was shot late on Oct. 23.',
      'A neighbour saw the van at 6 a.m., and ten days before the murder a clerk had seen it too.',
    ]);
    expect(apart[1]![0]).not.toEqual(['6 a.m.', '2018-10-13T06:00']);
  });

  it('keeps "the past" for a stretch beside a happening the story never dated', () => {
    expect(values('2019-03-04', [
      'The Tarrow county count ended on Nov. 7, 2018.',
      'Campaign mailers flooded Tarrow in the weeks before the election, the board said.',
    ])[1]).toEqual([['weeks', 'PAST_REF']]);
  });
});

