// The merge rules that a second, independent story called for: the battery
// plant fire (tests/fixtures/story2, written with its gold before the compiler
// ran on it). Each rule is general: a fire reported late one day and early the
// next, the precise report of a happening preferred to a vague mention of it,
// and different words for one kind of happening.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileFolder } from '../../../src/compiler/build/readSeeds';
import { evaluateMerges, parseMergeGroups } from '../../../src/compiler/eval/evaluate';
import { compareEvents, contentWords, isStatement, mergeAcrossArticles, passesRule, tellsDeedDone } from '../../../src/compiler/corpus/merge';
import { eventsAsTold } from '../../../src/model/mergedView';
import type { TimelineEvent } from '../../../src/model/schema';
import { sentenceEvent } from './sentenceEvent';

const STORY2 = path.resolve('tests/fixtures/story2');
const gold = () => parseMergeGroups(JSON.parse(readFileSync(path.join(STORY2, 'gold/merge-groups.json'), 'utf8')), 'merge-groups.json');

const event = sentenceEvent;

describe('merge rules, on the second fixture story', () => {
  it('meets the targets there too: pairwise precision and recall >= 0.9', async () => {
    const { dataset } = await compileFolder(STORY2);
    const score = evaluateMerges(dataset, gold());
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('tells the fire once, with the paper that dated it to the early hours of Wednesday and the brief whose own report says Tuesday night', async () => {
    const { dataset } = await compileFolder(STORY2);
    const fire = eventsAsTold(dataset).find((e) => e.sources.some((s) => s.quote.startsWith('A fire at the Lumera Cells battery plant')))!;
    const quotes = fire.sources.map((s) => `${s.articleId}: ${s.quote}`);
    expect(quotes).toContainEqual(expect.stringMatching(/^303_herald_evacuees: Neighbours say the fire .* early hours of Wednesday/));
    expect(quotes).toContainEqual(expect.stringMatching(/^304_inquiry_ordered_brief: The fire broke out on Tuesday night/));
    // The two days are still shown as each source gives them.
    expect(fire.disagreements?.find((d) => d.kind === 'date')?.versions.length).toBe(fire.sources.length);
  });
});

describe('merge rules, on the held-out articles where no happening is told twice', () => {
  it('keeps apart two happenings of one day whose actors differ and whose wording is mostly not shared', async () => {
    const { dataset } = await compileFolder(path.resolve('tests/fixtures/heldout2'));
    const told = eventsAsTold(dataset);
    const parliament = told.find((e) => e.sources.some((s) => s.quote.includes('the new parliament must convene by Dec. 12')))!;
    const court = told.find((e) => e.sources.some((s) => s.quote.includes('heard final arguments on Dec. 12')))!;
    expect(parliament.sources).toHaveLength(1);
    expect(court.sources).toHaveLength(1);
    expect(parliament.id).not.toBe(court.id);
    // Both name actors, none shared: the rule that kept them apart.
    expect(parliament.actors.some((a) => court.actors.includes(a))).toBe(false);
    expect(compareEvents(parliament, court)?.actors ?? 0).toBe(0);
  });
});

describe('merge rules, one by one', () => {
  it('counts different words for one kind of happening as shared wording', () => {
    const a = event('a', 'wire', 'About 2,000 residents of the Osterfeld district were evacuated on Wednesday.', '2024-03-06', 'on Wednesday');
    const fled = event('b', 'paper', 'About 2,000 residents of the Osterfeld district fled on Wednesday.', '2024-03-06', 'on Wednesday');
    const sang = event('c', 'paper', 'About 2,000 residents of the Osterfeld district sang on Wednesday.', '2024-03-06', 'on Wednesday');
    expect(compareEvents(a, fled)!.words).toBeGreaterThan(compareEvents(a, sang)!.words);
  });

  it('joins reports a day apart when one puts the happening late on the first day or early on the next, and not otherwise', () => {
    const late = event('a', 'wire', 'Fire swept through the Kessel Road depot late on Tuesday.', '2024-03-05', 'on Tuesday');
    const early = event('b', 'paper', 'Fire swept through the Kessel Road depot in the early hours of Wednesday.', '2024-03-06', 'Wednesday');
    const noonTuesday = event('c', 'wire', 'Fire swept through the Kessel Road depot at noon on Tuesday.', '2024-03-05', 'on Tuesday');
    const noonWednesday = event('d', 'paper', 'Fire swept through the Kessel Road depot at noon on Wednesday.', '2024-03-06', 'on Wednesday');
    expect(compareEvents(late, early)!.date).toBeGreaterThan(compareEvents(noonTuesday, noonWednesday)!.date);
    expect(mergeAcrossArticles([late, early]).events).toHaveLength(1);
  });

  it('builds a group around the reports that agree on the day, so a vague mention does not take its article’s place', () => {
    const wire = event('wire', 'wire', 'A fire at the Dorsk battery plant killed four workers on Tuesday.', '2024-03-05', 'on Tuesday');
    // The brief's own report shares fewer words with the wire than its later mention does.
    const precise = event('precise', 'brief', 'The fire broke out in the battery hall on Tuesday.', '2024-03-05', 'on Tuesday');
    const vague: TimelineEvent = {
      ...event('vague', 'brief', 'An inquiry into the fire at the Dorsk battery plant that killed four workers opened this week.', '2024-03-04', 'this week', 200),
      date: { start: '2024-03-04', end: '2024-03-10', precision: 'day', text: 'this week' },
      kind: 'span',
    };
    const told = mergeAcrossArticles([wire, precise, vague]).events;
    const fire = told.find((e) => e.sources.length === 2)!;
    expect(fire.sources.map((s) => s.eventId).sort()).toEqual(['precise', 'wire']);
  });
});

describe('merge rules for real multi-outlet stories', () => {
  const withActors = (e: TimelineEvent, actors: string[], precision: TimelineEvent['date']['precision'] = 'day', start = e.date.start, end = e.date.end): TimelineEvent => ({
    ...e,
    actors,
    date: { ...e.date, precision, start, end },
  });
  const countries = new Set(['norland', 'ostmark']);

  it('never joins on a shared country alone: on one day, a country both name counts as no actor', () => {
    const leader = withActors(event('a', 'wire', 'The president of Norland visited the flooded town of Brask on Wednesday.', '2024-03-06', 'on Wednesday'), ['norland']);
    const relatives = withActors(event('b', 'paper', 'Relatives of the missing visited the flooded town of Brask on Wednesday.', '2024-03-06', 'on Wednesday'), ['norland']);
    const asCountry = compareEvents(leader, relatives, undefined, { countries, named: () => [] })!;
    const asBody = compareEvents(leader, relatives)!;
    expect(asBody.actors).toBe(1);
    expect(asCountry.actors).toBeLessThanOrEqual(0.25);
    // Told with a year, a shared country still counts: the war between two countries in 1994.
    const war = withActors(leader, ['norland'], 'year', '1994-01-01', '1994-12-31');
    expect(compareEvents(war, withActors(relatives, ['norland'], 'year', '1994-01-01', '1994-12-31'), undefined, { countries, named: () => [] })!.actors).toBe(1);
  });

  it('keeps apart different countries doing the same thing in a year', () => {
    const a = withActors(event('a', 'wire', 'Norland joined the Northern Union in 2004.', '2004-01-01', '2004'), ['norland', 'northern-union'], 'year', '2004-01-01', '2004-12-31');
    const b = withActors(event('b', 'paper', 'Ostmark joined the Northern Union in 2004.', '2004-01-01', '2004'), ['ostmark', 'northern-union'], 'year', '2004-01-01', '2004-12-31');
    expect(compareEvents(a, b, undefined, { countries, named: () => [] })).toBeNull();
    expect(compareEvents(a, { ...a, id: 'c', sources: [{ ...a.sources[0]!, articleId: 'paper' }] }, undefined, { countries, named: () => [] })).not.toBeNull();
  });

  it('keeps apart two quakes, and two tolls, whose figures differ; a revised magnitude is the same quake', () => {
    const big = event('a', 'wire', 'A magnitude 7.8 earthquake struck the Orlan valley on Saturday.', '2024-03-09', 'on Saturday');
    const after = event('b', 'paper', 'A magnitude 6.6 earthquake struck the Orlan valley on Saturday.', '2024-03-09', 'on Saturday');
    const revised = event('c', 'paper', 'A magnitude 7.9 earthquake struck the Orlan valley on Saturday.', '2024-03-09', 'on Saturday');
    expect(compareEvents(big, after)).toBeNull();
    expect(compareEvents(big, revised)).not.toBeNull();
  });

  it('keeps an expected happening apart from its doing a day later, and not two doings', () => {
    const expected = event('a', 'wire', 'The chain is likely to file for bankruptcy protection on Sunday.', '2024-03-10', 'on Sunday');
    const filed = event('b', 'paper', 'The chain filed for bankruptcy protection on Monday.', '2024-03-11', 'on Monday');
    const filedToo = event('c', 'wire', 'The chain filed for bankruptcy protection on Sunday.', '2024-03-10', 'on Sunday');
    expect(compareEvents(expected, filed)).toBeNull();
    expect(compareEvents(filedToo, filed)).not.toBeNull();
  });

  it('keeps a day apart from a whole year unless the two are told in good part alike', () => {
    const forecast = event('a', 'wire', 'Brenmark Foods may seek bankruptcy protection from its lenders as early as Friday.', '2024-03-08', 'as early as Friday');
    const closures = withActors(event('b', 'paper', 'Brenmark Foods will also shut 40 more shops by the end of the year.', '2024-09-01', 'by the end of the year'), [], 'year', '2024-01-01', '2024-12-31');
    expect(compareEvents(forecast, closures)).toBeNull();
    // The same closures, told with the day they start and with the year they run in.
    const closing = event('c', 'wire', 'Brenmark Foods will also close 40 more stores on Friday.', '2024-03-08', 'on Friday');
    expect(compareEvents(closing, closures)).not.toBeNull();
  });

  it('keeps two forecasts of a happening apart when they give different dates', () => {
    const week = withActors(event('a', 'wire', 'Brenmark Foods is getting its papers ready for a court filing it may make sometime this week.', '2024-03-04', 'this week'), [], 'month', '2024-03-04', '2024-03-10');
    const friday = event('b', 'paper', 'Brenmark Foods is getting ready to seek court protection from its lenders as early as Friday, two bankers said.', '2024-03-08', 'Friday');
    expect(compareEvents(week, friday)).toBeNull();
    // The bound taken into the date expression counts the same.
    expect(compareEvents(week, event('c', 'paper', 'Brenmark Foods may seek court protection from its lenders as soon as Friday.', '2024-03-08', 'as soon as Friday'))).toBeNull();
    // Left alone: two outlets' forecasts of one day, and reports of the deed by its day and by its week.
    const sameDay = event('d', 'radio', 'Brenmark Foods may seek court protection from its lenders as soon as Friday.', '2024-03-08', 'Friday');
    expect(compareEvents(friday, sameDay)).not.toBeNull();
    const filedWeek = withActors(event('e', 'weekly', 'Brenmark Foods sought court protection from its lenders this week.', '2024-03-04', 'this week'), [], 'month', '2024-03-04', '2024-03-10');
    const filedFriday = event('f', 'daily', 'Brenmark Foods sought court protection from its lenders on Friday.', '2024-03-08', 'on Friday');
    expect(compareEvents(filedWeek, filedFriday)).not.toBeNull();
  });

  it('compares what the passages name where the happening’s clause names no one', () => {
    const ceasefire = event('a', 'wire', 'A ceasefire between Norland and Ostmark was signed in May 1994.', '1994-05-01', 'May 1994');
    const truce = event('b', 'paper', 'Norland and Ostmark agreed a truce in May 1994, ending the war.', '1994-05-01', 'May 1994');
    const named = () => ['norland', 'ostmark'];
    expect(compareEvents(ceasefire, withActors(truce, ['norland'], 'month', '1994-05-01', '1994-05-31'), undefined, { countries: new Set(), named })!.actors).toBeCloseTo(0.8);
    expect(compareEvents(ceasefire, withActors(truce, ['norland'], 'month', '1994-05-01', '1994-05-31'))!.actors).toBe(0.25);
  });
});

describe('merge rules, fifth round', () => {
  const yearly = (e: TimelineEvent, year: string): TimelineEvent => ({ ...e, date: { ...e.date, start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' } });

  it('finds a happening told with another word for its kind, though the two share no other word', () => {
    const noun = event('a', 'wire', "Saturday's earthquake left more than 300 people dead in the Orlan valley.", '2024-03-09', "Saturday's");
    const told = event('b', 'paper', 'Schools were shut when the quake hit during the day on Saturday.', '2024-03-09', 'on Saturday');
    expect(mergeAcrossArticles([noun, told]).events).toHaveLength(1);
    // Another kind of happening that day, or the same kind another day, stays apart.
    const storm = event('c', 'paper', 'Schools were shut when the storm came in the daytime on Saturday.', '2024-03-09', 'on Saturday');
    const sunday = event('d', 'paper', 'Schools were shut when the quake hit during the day on Sunday.', '2024-03-10', 'on Sunday');
    expect(mergeAcrossArticles([noun, storm]).events).toHaveLength(2);
    expect(mergeAcrossArticles([noun, sunday]).events).toHaveLength(2);
  });

  it('reads two tellings of one year as one date, not as days that disagree', () => {
    // "Will open" and "opened" in one year: told before and after, as on one day; a day apart they are two.
    const expected = yearly(event('a', 'wire', 'The Brask bridge will open to traffic in 2019.', '2019-01-01', '2019'), '2019');
    const done = yearly(event('b', 'paper', 'The Brask bridge opened to traffic in 2019.', '2019-01-01', '2019'), '2019');
    expect(compareEvents(expected, done)?.daysDiffer).toBe(false);
    expect(mergeAcrossArticles([expected, done]).events).toHaveLength(1);
    const willOpen = event('c', 'wire', 'The Brask bridge will open to traffic on Sunday.', '2024-03-10', 'on Sunday');
    const opened = event('d', 'paper', 'The Brask bridge opened to traffic on Monday.', '2024-03-11', 'on Monday');
    expect(compareEvents(willOpen, opened)).toBeNull();
  });

  it('does not take shared numbers alone for shared wording', () => {
    const army = yearly(event('a', 'wire', 'Army offensives in 2019, 2020 and 2021 stalled before the rains.', '2021-01-01', '2021'), '2021');
    const mine = yearly(event('b', 'paper', 'The Orlan mine shaft was reinforced in 2019, 2020 and 2021.', '2021-01-01', '2021'), '2021');
    expect(compareEvents(army, mine)?.words ?? 0).toBe(0);
    expect(mergeAcrossArticles([army, mine]).events).toHaveLength(2);
    // With a word besides the numbers, the numbers count: the same 142 stores.
    const closes = yearly(event('c', 'wire', 'Brenmark will close 142 stores in 2021.', '2021-01-01', '2021'), '2021');
    const closing = yearly(event('d', 'paper', 'Brenmark is closing 142 stores in 2021.', '2021-01-01', '2021'), '2021');
    expect(compareEvents(closes, closing)!.words).toBeGreaterThan(0.5);
  });
});

describe('merge rules, fifth round: the story’s subject', () => {
  const withActors = (e: TimelineEvent, actors: string[], date: Partial<TimelineEvent['date']> = {}): TimelineEvent => ({ ...e, actors, date: { ...e.date, ...date } });
  // A story told by several papers: most of its events name the retailer.
  const background = (k: number): TimelineEvent =>
    withActors(event(`bg${k}`, `paper${k % 4}`, `Brenmark Foods opened store number ${k} in the town of Ulm${k}.`, `20${10 + k}-01-01`, `20${10 + k}`, 500), ['brenmark'], {
      start: `20${10 + k}-01-01`,
      end: `20${10 + k}-12-31`,
      precision: 'year',
    });
  const story = (...events: TimelineEvent[]) => mergeAcrossArticles([...events, ...Array.from({ length: 10 }, (_, k) => background(k))]).events.filter((e) => !e.id.startsWith('bg'));

  it('does not join on the subject alone within a few days, where a report shares a rarer actor with its pair', () => {
    const forecast = withActors(event('forecast', 'wire', 'Brenmark Foods could file for bankruptcy in court as early as Friday.', '2024-03-08', 'as early as Friday'), ['brenmark']);
    const report = withActors(event('report', 'wire', 'The Daily Ledger said on Tuesday that Brenmark Foods had hired advisers to help it ready a bankruptcy filing.', '2024-03-05', 'on Tuesday', 100), ['daily-ledger', 'brenmark', 'ridge-partners']);
    const reports = withActors(event('reports', 'paper', 'Reports this week by the Daily Ledger said Brenmark Foods had begun consulting advisers over a likely bankruptcy filing.', '2024-03-04', 'this week'), ['daily-ledger', 'brenmark', 'evening-post'], {
      end: '2024-03-10',
      precision: 'month',
    });
    const joined = story(forecast, report, reports).find((e) => e.sources.length === 2)!;
    expect(joined.sources.map((s) => s.eventId).sort()).toEqual(['report', 'reports']);
  });

  it('keeps a week apart from a whole year unless they are told in good part alike', () => {
    // (Without a forecast's bound, "sometime this week", which keeps a forecast to its own date.)
    const week = withActors(event('week', 'wire', 'A bankruptcy filing by Brenmark Foods could come this week.', '2024-03-04', 'this week'), ['brenmark'], { end: '2024-03-10', precision: 'month' });
    const year = withActors(event('year', 'paper', 'Brenmark Foods will shut 40 shops by the end of the year.', '2024-01-01', 'by the end of the year'), ['brenmark'], {
      end: '2024-12-31',
      precision: 'year',
    });
    expect(compareEvents(week, year)).toBeNull();
    // Told alike, the week and the year can be one happening.
    const yearAlike = withActors(event('alike', 'paper', 'A bankruptcy filing by Brenmark Foods could come by the end of the year.', '2024-01-01', 'by the end of the year'), ['brenmark'], {
      end: '2024-12-31',
      precision: 'year',
    });
    expect(compareEvents(week, yearAlike)).not.toBeNull();
  });
});

describe('merge rules, fifth round: days apart', () => {
  it('keeps two days written out in full apart, and joins a day apart only where one source dates it vaguely', () => {
    const first = event('a', 'wire', 'Miners at the Brask shaft walked out on March 5, 2024.', '2024-03-05', 'March 5, 2024');
    const second = event('b', 'paper', 'Miners at the Brask shaft walked out on March 6, 2024.', '2024-03-06', 'March 6, 2024');
    expect(compareEvents(first, second)).toBeNull();
    expect(mergeAcrossArticles([first, second]).events).toHaveLength(2);
    // "On Wednesday" is read against a publication day that may be off by one: sources that disagree.
    const vague = event('c', 'paper', 'Miners at the Brask shaft walked out on Wednesday.', '2024-03-06', 'on Wednesday');
    expect(compareEvents(first, vague)?.daysDiffer).toBe(true);
    expect(mergeAcrossArticles([first, vague]).events).toHaveLength(1);
  });
});

describe('merge rules, fifth round: a happening each outlet tells twice', () => {
  const telling = (id: string, article: string, sentence: string, dateText: string, start: number) => event(id, article, sentence, '2024-03-10', dateText, start);
  const tellings = (second: (article: string) => string) => [
    telling('wire-1', 'wire', 'A powerful aftershock shook the Orlan valley on Sunday.', 'on Sunday', 0),
    telling('wire-2', 'wire', second('on Sunday afternoon'), 'on Sunday afternoon', 100),
    telling('paper-1', 'paper', 'A powerful aftershock shook the Orlan valley on Sunday.', 'on Sunday', 0),
    telling('paper-2', 'paper', second('early Sunday afternoon'), 'early Sunday afternoon', 100),
  ];

  it('joins the two tellings of each outlet into one happening when the later one refers back to it', () => {
    const told = mergeAcrossArticles(tellings((when) => `Crowds fled into the streets as the aftershock rattled the capital ${when}.`)).events;
    expect(told).toHaveLength(1);
    expect(told[0]!.sources).toHaveLength(4);
  });

  it('keeps them apart when the later telling names another one, or gives another magnitude', () => {
    // Without "the", the second telling may be another aftershock.
    expect(mergeAcrossArticles(tellings((when) => `Crowds fled into the streets as an aftershock rattled the capital ${when}.`)).events).toHaveLength(2);
    const figures = tellings((when) => `Crowds fled into the streets as the magnitude 5.1 aftershock rattled the capital ${when}.`);
    figures[0] = telling('wire-1', 'wire', 'A powerful magnitude 6.4 aftershock shook the Orlan valley on Sunday.', 'on Sunday', 0);
    figures[2] = telling('paper-1', 'paper', 'A powerful magnitude 6.4 aftershock shook the Orlan valley on Sunday.', 'on Sunday', 0);
    expect(mergeAcrossArticles(figures).events).toHaveLength(2);
  });
});

describe('merge rules, sixth round: a saying that reports a deed done', () => {
  const said = (id: string, article: string, sentence: string, day: string, attribution: string): TimelineEvent => {
    const e = event(id, article, sentence, day, 'on Sunday');
    return { ...e, attribution: { actorId: null, text: attribution } };
  };

  it('reads "have signed" or "had put up" in what is said as the deed, dated by the saying', () => {
    expect(tellsDeedDone('The two governments have signed a truce')).toBe(true);
    expect(tellsDeedDone('its engineers had put up a barrier across the pass')).toBe(true);
    expect(tellsDeedDone('the hostages had been released')).toBe(true);
    const saying = said('a', 'wire', 'Norland and Ostmark have signed a truce, the Norland foreign ministry said on Sunday.', '2024-03-10', 'the Norland foreign ministry said on Sunday');
    expect(isStatement(saying)).toBe(false);
    const deed = event('b', 'paper', 'Norland and Ostmark signed a truce on Sunday in the border town of Brask.', '2024-03-10', 'on Sunday');
    expect(mergeAcrossArticles([saying, deed]).events).toHaveLength(1);
  });

  it('keeps a saying of something to come, of a possession or of work under way a statement, apart from the deed', () => {
    expect(tellsDeedDone('Brask has two river ports')).toBe(false);
    expect(tellsDeedDone('the company has been preparing a filing')).toBe(false);
    expect(tellsDeedDone('the two sides had to wait for the envoy')).toBe(false);
    // A count of the dead someone gives is a moment of the count, not the deed.
    expect(tellsDeedDone('at least 40 people had been killed in the flooding')).toBe(false);
    expect(tellsDeedDone('12 climbers have died on the ridge')).toBe(false);
    const plan = said('a', 'wire', 'Norland and Ostmark will sign a truce within days, the Norland foreign ministry said on Sunday.', '2024-03-10', 'the Norland foreign ministry said on Sunday');
    expect(isStatement(plan)).toBe(true);
    const deed = event('b', 'paper', 'Norland and Ostmark signed a truce on Sunday in the border town of Brask.', '2024-03-10', 'on Sunday');
    expect(mergeAcrossArticles([plan, deed]).events).toHaveLength(2);
  });
});

describe('merge rules, sixth round: one toll updated at one moment', () => {
  const toll = (id: string, article: string, figure: string, day: string, weekday: string) =>
    event(id, article, `The death toll from the Orlan floods reached ${figure} on ${weekday}, officials in Brask said.`, day, `on ${weekday}`);

  it('joins two outlets giving one day’s toll a little apart (a count updated during the day)', () => {
    const a = toll('a', 'wire', '2,150', '2024-03-11', 'Monday');
    const b = toll('b', 'paper', '2,200', '2024-03-11', 'Monday');
    expect(compareEvents(a, b)).not.toBeNull();
    expect(mergeAcrossArticles([a, b]).events).toHaveLength(1);
  });

  it('keeps apart tolls of different days, tolls far apart, and close tolls of quakes whose magnitudes differ', () => {
    expect(compareEvents(toll('a', 'wire', '2,150', '2024-03-11', 'Monday'), toll('b', 'paper', '2,200', '2024-03-12', 'Tuesday'))).toBeNull();
    expect(compareEvents(toll('a', 'wire', '2,150', '2024-03-11', 'Monday'), toll('b', 'paper', '2,900', '2024-03-11', 'Monday'))).toBeNull();
    const quake = (id: string, article: string, magnitude: string, figure: string) =>
      event(id, article, `The toll of the magnitude ${magnitude} quake rose to ${figure} on Monday.`, '2024-03-11', 'on Monday');
    expect(compareEvents(quake('a', 'wire', '7.1', '210'), quake('b', 'paper', '6.1', '205'))).toBeNull();
    expect(compareEvents(quake('a', 'wire', '7.1', '210'), quake('b', 'paper', '7.1', '205'))).not.toBeNull();
  });
});

describe('merge rules, sixth round: a country as the one participant', () => {
  const countries = new Set(['norland', 'ostmark']);
  const named = (e: TimelineEvent) => (e.id === 'a' ? ['norland', 'ostmark'] : ['ostmark-growers', 'ostmark']);
  const sitIn = (actors: string[]) => ({ ...event('a', 'wire', 'A sit-in by farmers angry at grain prices that shut the Brask pass began on March 2.', '2024-03-02', 'March 2'), actors });
  const blockade: TimelineEvent = {
    ...event('b', 'paper', 'Ostmark growers have kept the Brask road closed to lorries, buses and cars since March.', '2024-03-01', 'March'),
    actors: ['ostmark-growers'],
  };
  blockade.date = { ...blockade.date, precision: 'month', end: '2024-03-31' };

  it('compares by what the passages name where one side’s only participant is a country and the other names who acted', () => {
    const f = compareEvents(sitIn(['norland']), blockade, undefined, { countries, named });
    expect(f).not.toBeNull();
    expect(f!.actors).toBeCloseTo(0.4);
    expect(passesRule(f!)).toBe(true);
  });

  it('still keeps apart, with so few words shared, sides whose participants differ: two countries, or a body', () => {
    expect(compareEvents(sitIn(['norland', 'ostmark']), blockade, undefined, { countries, named })).toBeNull();
    expect(compareEvents(sitIn(['brask-council']), blockade, undefined, { countries, named })).toBeNull();
  });
});

describe('merge rules, sixth round: the same counts at one moment', () => {
  const month = (e: TimelineEvent): TimelineEvent => ({ ...e, date: { ...e.date, precision: 'month', start: '2024-03-01', end: '2024-03-31' } });
  const filing = event('a', 'wire', 'Brenmark Foods listed 412 shops and 275 depots in a filing dated March 3.', '2024-03-03', 'March 3');

  it('joins two passages that give the same two counts on dates that agree, though their key words differ', () => {
    const stores = month(event('b', 'paper', 'By March the grocer counted 412 branches, 380 of them in towns, and 275 depots.', '2024-03-01', 'March'));
    const f = compareEvents(filing, stores)!;
    expect(f.words).toBeGreaterThanOrEqual(0.4);
    expect(passesRule(f)).toBe(true);
    expect(mergeAcrossArticles([filing, stores]).events).toHaveLength(1);
  });

  it('keeps apart passages that share one count, and counts repeated beside happenings of different kinds', () => {
    const one = month(event('b', 'paper', 'By March the grocer counted 412 branches, 380 of them in towns.', '2024-03-01', 'March'));
    expect(mergeAcrossArticles([filing, one]).events).toHaveLength(2);
    const truce = { ...month(event('c', 'wire', 'A truce was signed in March, ending fighting that had left 4,200 dead and 90,000 homeless.', '2024-03-01', 'March')), label: 'Truce signed' };
    const war = { ...month(event('d', 'paper', 'Shelling killed villagers on the coast in March, leaving 4,200 dead and 90,000 homeless.', '2024-03-01', 'March')), label: 'Shelling killed villagers on the coast' };
    expect(compareEvents(truce, war)?.words ?? 0).toBeLessThan(0.4);
  });
});

describe('merge rules, sixth round: a shock and a count', () => {
  const aftershock = event('a', 'wire', 'A magnitude 6.1 aftershock rattled the Orlan valley on Saturday.', '2024-03-09', 'on Saturday');

  it('keeps a shock told by its magnitude apart from a toll told by its count on the same day, whatever place they share', () => {
    const toll = event('b', 'paper', 'The toll from the quake in the Orlan valley rose to 273 on Saturday.', '2024-03-09', 'on Saturday');
    expect(compareEvents(aftershock, toll)).toBeNull();
    expect(mergeAcrossArticles([aftershock, toll]).events).toHaveLength(2);
  });

  it('still joins the shock with a telling that gives no figure, or the same magnitude', () => {
    const told = event('b', 'paper', 'An aftershock rattled the Orlan valley on Saturday, sending people into the streets.', '2024-03-09', 'on Saturday');
    expect(mergeAcrossArticles([aftershock, told]).events).toHaveLength(1);
    const same = event('c', 'paper', 'A 6.1-magnitude aftershock hit the Orlan valley on Saturday.', '2024-03-09', 'on Saturday');
    expect(mergeAcrossArticles([aftershock, same]).events).toHaveLength(1);
  });
});

describe('merge rules from stories several outlets told over days', () => {
  const withActors = (e: TimelineEvent, actors: string[], label = e.label): TimelineEvent => ({ ...e, actors, label });
  const bomb = event('a', 'wire', 'A bomb exploded at the Brask railway station on Friday, killing nine people.', '2024-03-08', 'on Friday');
  const condemned = withActors(event('b', 'paper', "Ostmark's government condemned the bombing of the Brask railway station on Friday.", '2024-03-08', 'on Friday'), ['ostmark-government']);

  it('keeps a reaction apart from the happening it reacts to, however alike their words', () => {
    expect(compareEvents(bomb, condemned)).toBeNull();
    expect(mergeAcrossArticles([bomb, condemned]).events).toHaveLength(2);
  });

  it('joins two outlets\' tellings of one reaction, and keeps apart the reactions of others', () => {
    const again = withActors(event('c', 'radio', 'The Ostmark government on Friday condemned the bombing at the Brask railway station.', '2024-03-08', 'on Friday'), ['ostmark-government']);
    expect(mergeAcrossArticles([condemned, again]).events).toHaveLength(1);
    // Another reacting, in the same words on the same day: two reactions.
    const norland = withActors(event('d', 'radio', 'Norland on Friday condemned the bombing at the Brask railway station.', '2024-03-08', 'on Friday'), ['norland']);
    expect(compareEvents(condemned, norland)).toBeNull();
    // Also when both name the first reacting's government further on: who reacts is named first.
    const minister = withActors(event('e', 'radio', "Norland's prime minister on Friday condemned the bombing, as Ostmark's government did.", '2024-03-08', 'on Friday'), ['norland-prime-minister', 'ostmark-government']);
    expect(compareEvents(again, minister)).toBeNull();
  });

  it('counts bombs, blasts, explosions and attacks as one kind of happening', () => {
    const blasts = event('f', 'paper', 'The blasts at the Brask railway station on Friday killed nine people.', '2024-03-08', 'on Friday');
    const concert = event('g', 'paper', 'The concert at the Brask railway station on Friday drew nine people.', '2024-03-08', 'on Friday');
    expect(compareEvents(bomb, blasts)!.words).toBeGreaterThan(compareEvents(bomb, concert)!.words + 0.2);
    expect(mergeAcrossArticles([bomb, blasts]).events).toHaveLength(1);
  });

  it('meets "ratify", "ratified" and "ratification" in one stem, and leaves a y after a vowel as it is', () => {
    const stems = (text: string) => [...contentWords(text)];
    expect(stems('Parliament will ratify the treaty')).toEqual(stems('Parliament ratified the treaties'));
    expect(stems('the ratification')).toEqual(stems('ratify'));
    expect(stems('the key')).toEqual(['key']);
    expect(stems('the army')).not.toEqual(stems('their arms'));
  });

  it('joins two tellings of one day by the same participants whose labels share too few words, when their sentences tell the same deed', () => {
    // The ferry is the story's subject, in every telling: a word that weighs little.
    const ferry = [...contentWords('ferry')][0];
    const idf = (w: string) => (w === ferry ? 0.1 : 1);
    const ruled = withActors(event('h', 'wire', 'The ministry ruled on Wednesday that the ferry must be returned to its owners in Port Adley by Friday.', '2024-03-08', 'by Friday'), ['ministry', 'ferry-line'], 'Ferry to be handed back');
    const deadline = withActors(event('i', 'paper', 'The ministry had ruled that the ferry must be returned to its owners, giving them Friday as the last day.', '2024-03-08', 'Friday'), ['ministry', 'ferry-line'], 'Deadline set for the ferry');
    const joined = compareEvents(ruled, deadline, idf)!;
    expect(joined.words).toBeLessThan(0.2);
    expect(passesRule(joined)).toBe(true);
    // Left alone: another deed of that day by the same participants, the same sentences by others, or on dates that are not one day.
    const office = withActors(event('j', 'paper', 'The ministry opened a new passport office beside the harbour on Friday.', '2024-03-08', 'on Friday'), ['ministry', 'ferry-line'], 'Office opened for the ferry');
    expect(passesRule(compareEvents(ruled, office, idf)!)).toBe(false);
    expect(compareEvents(ruled, withActors(deadline, ['port-authority']), idf)).toBeNull();
    const month = { ...deadline, date: { ...deadline.date, precision: 'month' as const, start: '2024-03-01', end: '2024-03-31' } };
    expect(passesRule(compareEvents(ruled, month, idf)!)).toBe(false);
  });

  it('keeps apart tellings of one day by different parties that give different sums of money, however alike their words', () => {
    const fell = withActors(event('k', 'wire', 'Orvane shares fell $3.20 to $64.80 in trading on Tuesday.', '2024-03-05', 'on Tuesday'), ['orvane']);
    const rose = withActors(event('l', 'paper', 'Keltro shares rose $1.10 to $91.40 in trading on Tuesday.', '2024-03-05', 'on Tuesday'), ['keltro']);
    expect(compareEvents(fell, rose)).toBeNull();
    // Where one side names no participant, the actors its passage names stand for them.
    const unnamed = withActors(rose, []);
    expect(compareEvents(fell, unnamed, undefined, { countries: new Set(), named: (e) => (e.id === 'l' ? ['keltro'] : ['orvane']) })).toBeNull();
    // Left alone: the same party's sums, a brief that keeps only a sum the other gives, and tellings with no sum.
    const again = withActors(event('m', 'radio', 'Orvane shares fell $3.20 on Tuesday, ending at $64.80.', '2024-03-05', 'on Tuesday'), ['orvane']);
    expect(compareEvents(fell, again)).not.toBeNull();
    const brief = withActors(event('n', 'radio', 'Keltro shares ended at $64.80 in trading on Tuesday.', '2024-03-05', 'on Tuesday'), ['keltro']);
    expect(compareEvents(fell, brief)).not.toBeNull();
  });

  it('never joins tellings from two articles that name no actor in common', () => {
    const deal = event('o', 'wire', 'The two firms say the takeover should close by Nov. 28.', '2024-11-28', 'by Nov. 28');
    const other = event('p', 'paper', 'The two firms say the takeover should close by Nov. 28, the lenders said.', '2024-11-28', 'by Nov. 28');
    const names = (sets: Record<string, string[]>) => ({ countries: new Set<string>(), named: () => [], articleActors: (id: string) => new Set(sets[id] ?? []) });
    expect(compareEvents(deal, other, undefined, names({ wire: ['orvane', 'keltro'], paper: ['brenmark', 'halden'] }))).toBeNull();
    // One actor in common, a country among them, or an article whose actors are not known: compared as before.
    expect(compareEvents(deal, other, undefined, names({ wire: ['orvane', 'norland'], paper: ['brenmark', 'norland'] }))).not.toBeNull();
    expect(compareEvents(deal, other, undefined, names({ wire: ['orvane'] }))).not.toBeNull();
  });

  it('reads a date right after a verb of saying as the saying\'s where no attribution was read, and keeps it apart from the deed', () => {
    const said = event('q', 'wire', 'The governor said Friday the agency did the right thing.', '2024-03-08', 'Friday');
    expect(isStatement(said)).toBe(true);
    const ruled = { ...event('r', 'paper', 'The agency ruled that the ferry must go back to its owners.', '2024-03-01', 'March'), date: { start: '2024-03-01', end: '2024-03-31', precision: 'month' as const, text: 'March' } };
    expect(compareEvents(said, ruled)).toBeNull();
    // Left alone: a capitalised word that only looks like a verb, a date away from the saying, a deed told as done.
    expect(isStatement(event('s', 'wire', 'The ferry sailed for the United States Friday.', '2024-03-08', 'Friday'))).toBe(false);
    expect(isStatement(event('t', 'wire', 'The governor said the ferry sailed on Friday.', '2024-03-08', 'on Friday'))).toBe(false);
    expect(isStatement(event('u', 'wire', 'The governor said Friday that crews have repaired the bridge.', '2024-03-08', 'Friday'))).toBe(false);
  });
});
