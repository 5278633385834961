// coordinatedTimetable.ts: a timetable joined by "and" or "but" is read from the present, not from the first
// clause's past; the lexicon's "runs through", "continues until" tell such a timetable on their own.
import { dates } from './tagged';

const PUB = '2024-03-13'; // a Wednesday
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

describe('a timetable joined to a past clause', () => {
  it('reads the second verb\'s day as the coming one', () => {
    // Election desk.
    expect(days('Early voting in Dunmore County began Feb. 20 and ends Friday.')).toEqual(['2024-02-20', '2024-03-15']);
    // Arts page.
    expect(days('The Kellan Playhouse revival opened Friday and runs through March 24.')).toEqual(['2024-03-08', '2024-03-24']);
    // Court report.
    expect(days('The Harrow fraud trial began Monday but resumes Thursday after a juror fell ill.')).toEqual(['2024-03-11', '2024-03-14']);
    // Sports.
    expect(days('Brackley Town lost Sunday and plays Saturday at home.')).toEqual(['2024-03-10', '2024-03-16']);
    // A second clause with its own subject.
    expect(days('Registration closed Monday and the Tarn marathon starts Saturday.')).toEqual(['2024-03-11', '2024-03-16']);
    expect(days('Bidding opened Feb. 26 and voting ends Friday, the Velm council said.')).toEqual(['2024-02-26', '2024-03-15']);
  });

  it('leaves a second verb told in the past, and a bare noun after "and"', () => {
    expect(days('Early voting in Dunmore County began Feb. 20 and ended Friday.')).toEqual(['2024-02-20', '2024-03-08']);
    expect(days('The Kellan Playhouse revival opened Friday and ran through March 24.')).toEqual(['2024-03-08', '2023-03-24']);
    expect(days('The Harrow fraud trial began Monday and resumed Thursday.')).toEqual(['2024-03-11', '2024-03-07']);
    // "returns" after a bare plural is a noun: "filed tax returns".
    expect(days('The Orsk firm filed its accounts and tax returns Friday.')).toEqual(['2024-03-08']);
  });
});

describe('a stretch told in the present up to its last day', () => {
  it('reads "runs through", "continues until", "lasts through" as a timetable', () => {
    // Business.
    expect(days('The Marlow Stores clearance sale runs through Sunday.')).toEqual(['2024-03-17']);
    // Wire.
    expect(days('Talks in Corvino started Feb. 2 and continue through Friday.')).toEqual(['2024-02-02', '2024-03-15']);
    expect(days('The Tessa airshow lasts until Sunday.')).toEqual(['2024-03-17']);
  });

  it('leaves the stretch told in the past', () => {
    expect(days('The Kellan show ran through Sunday.')).toEqual(['2024-03-10']);
    expect(days('The Marlow Stores sale lasted until Sunday.')).toEqual(['2024-03-10']);
  });
});
