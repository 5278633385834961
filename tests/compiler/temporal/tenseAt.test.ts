// tenseAt.ts: the tense of the clause around a date, which picks the year of a month named without one.
import { readDocumentTime } from '../../../src/compiler/temporal/documentTime';
import { dates, timexes } from './tagged';

const PUB = '2021-10-25';
const month = (sentence: string, text: string) => dates(sentence, PUB).find((d) => d[0] === text)?.[1];

describe('tense of the clause', () => {
  it('reads the verb of the sentence when a long aside stands between it and the date', () => {
    expect(month('In January, a week after the tenth anniversary of the opening of the old Corran dam on the river, a flood in the valley town of Veltin destroyed two bridges.', 'January')).toBe('2021-01-01');
    expect(month('Shares of Corran Mills have swung widely on rumours of a bid, climbing to a peak for the year of $47 a share in June from $33 a share in March.', 'March')).toBe('2021-03-01');
  });

  it('keeps the nearer cue, and the nearest month when the sentence has no verb of time at all', () => {
    expect(month('In January, a week after the tenth anniversary of the opening of the old Corran dam on the river, the council of the valley town of Veltin will vote on two bridges.', 'January')).toBe('2022-01-01');
    expect(month('In January the Veltin council will vote on the bridges.', 'January')).toBe('2022-01-01');
    expect(month('Veltin fair: in January, with ice sculptures and music on the river.', 'January')).toBe('2022-01-01');
  });

  it('reads a forecast or a projection with "to" as looking ahead', () => {
    const friday = (sentence: string) => dates(sentence, '2026-03-13')[0]?.[1];
    expect(friday('Storm Orla is forecast to make landfall late Thursday.')).toBe('2026-03-19');
    expect(friday('The Kessig river is projected to crest on Tuesday.')).toBe('2026-03-17');
    // A forecast told without "to" is no plan: the day gone by.
    expect(friday('Forecasters predicted heavy rain on Thursday.')).toBe('2026-03-12');
  });

  it('reads a date an order asks for as the nearest, not the one gone by', () => {
    // Published 7 January 2000.
    const when = (sentence: string, text: string) => dates(sentence, '2000-01-07').find((d) => d[0] === text)?.[1];
    expect(when('The panel subpoenaed the Veltin mayor to testify before it on Feb. 10.', 'Feb. 10')).toBe('2000-02-10');
    expect(when('A judge ordered the head of Harwick Mills to appear in court on Jan. 24.', 'Jan. 24')).toBe('2000-01-24');
    // A past verb with no order, or an order without "to" and a verb, keeps the date gone by.
    expect(when('The Veltin mayor testified before the panel on Feb. 10.', 'Feb. 10')).toBe('1999-02-10');
    expect(when('The court ordered a recount on Feb. 10.', 'Feb. 10')).toBe('1999-02-10');
    expect(when('The mayor was returned to office on Feb. 10.', 'Feb. 10')).toBe('1999-02-10');
  });
});

describe('"due" before a term', () => {
  // Published Monday 25 October 2021.
  const day = (sentence: string) => timexes(sentence, PUB).find((t) => t[0] === 'Friday')?.[2];

  it('reads a term that is due as still to come, and one that was due as gone by', () => {
    expect(day('Bids for the Veltin bridge are due by Friday.')).toBe('2021-10-29');
    expect(day('The Corran report is due Friday.')).toBe('2021-10-29');
    expect(day('Bids for the Veltin bridge were due Friday.')).toBe('2021-10-22');
    // "due to" gives a cause and leaves the clause's own tense.
    expect(day('The Corran delay was due to a storm on Friday.')).toBe('2021-10-22');
  });
});

describe('"last" as a verb or an order', () => {
  // PUB is 25 October 2021.
  it('reads "last" after a modal or "to" as the verb of lasting, timed by the modal', () => {
    expect(timexes('The Corran drought could last until the summer.', PUB)).toEqual([['the summer', 'DATE', '2022-SU']]);
    expect(timexes('The Veltin strike will last until November.', PUB)).toEqual([['November', 'DATE', '2021-11']]);
    expect(timexes('The Veltin talks are expected to last until March.', PUB)).toEqual([['March', 'DATE', '2022-03']]);
    expect(timexes('It will be the last Corran council meeting before the summer.', PUB)).toEqual([['the summer', 'DATE', '2022-SU']]);
  });

  it('still reads "last" before a unit, or a past verb of lasting, as looking back', () => {
    expect(timexes('The Veltin strike lasted until the summer.', PUB)).toEqual([['the summer', 'DATE', '2021-SU']]);
    expect(timexes('The Veltin truce did not last until September.', PUB)).toEqual([['September', 'DATE', '2021-09']]);
  });

  it('reads a verb in -s after "he", "she" or "it" as the present, which leaves a passage told in the past', () => {
    // "founded on May 3, 1921" sets the passage's year; the fair the town holds now is this year's.
    const time = readDocumentTime('2024-05-15');
    time.read('Veltin, a town founded on May 3, 1921, sits on the Corran.');
    expect(time.read('On May 20 it holds its founding fair.').expressions.map((e) => e.date.start)).toEqual(['2024-05-20']);
    // A past verb after the pronoun, or an -s word that is no verb, keeps the passage's year.
    const told = readDocumentTime('2024-05-15');
    told.read('Veltin, a town founded on May 3, 1921, sits on the Corran.');
    expect(told.read('On May 20 it was given its charter.').expressions.map((e) => e.date.start)).toEqual(['1921-05-20']);
    const was = readDocumentTime('2024-05-15');
    was.read('Veltin, a town founded on May 3, 1921, sits on the Corran.');
    expect(was.read('On May 20 its mayor was elected.').expressions.map((e) => e.date.start)).toEqual(['1921-05-20']);
  });

  it('reads an -ed word after "that" as the verb of a relative clause when a preposition or a date follows it', () => {
    // Published 22 March 2013: the September gone by, not the one six months ahead.
    const when = (sentence: string, text: string) => dates(sentence, '2013-03-22').find((d) => d[0] === text)?.[1];
    expect(when('The Veltin report covers the fiscal year that ended in September.', 'September')).toBe('2012-09-01');
    expect(when('Harwick Mills posted a loss for the year that closed Sept. 30.', 'Sept. 30')).toBe('2012-09-30');
    // Before a noun it stays an adjective, and the verb of the clause decides.
    expect(when('That wounded soldier will return to Veltin in September.', 'September')).toBe('2013-09-01');
  });
});

describe('"last" after a possessive, and a target with "to"', () => {
  const days = (sentence: string, pub: string) => dates(sentence, pub).map((d) => d[1]);
  it('reads "the league\'s last game" as an order, not a time gone by, and "targeted to launch" as a plan', () => {
    // Sport, space.
    expect(days("Brackley play Orlen on Sunday in the league's last game before the break.", '2025-09-18')).toEqual(['2025-09-21']);
    expect(days('The Orbis rocket is now targeted to launch Tuesday evening.', '2025-09-18')).toEqual(['2025-09-23']);
  });

  it('leaves the past, and "last" before a unit of time after a possessive', () => {
    expect(days("Brackley won on Sunday in the league's last game.", '2025-09-18')).toEqual(['2025-09-14']);
    expect(days("Orlen's sales fell on Monday, the company's last trading day.", '2025-09-18')).toEqual(['2025-09-15']);
    expect(days('The Orbis rocket was targeted on Tuesday by hackers.', '2025-09-18')).toEqual(['2025-09-16']);
  });
});
