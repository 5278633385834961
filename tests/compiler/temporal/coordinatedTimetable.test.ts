// coordinatedTimetable.ts: a timetable joined by "and", "but" or "that", or after an aside in commas, is read from the
// present, not from an earlier clause's past; the lexicon's "runs through", "wraps up", "hears" and the like tell such
// a timetable on their own, and a state told in the present lasts "through" a day still ahead (weekday.ts).
import { dates } from './tagged';

const PUB = '2024-03-13'; // a Wednesday
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

/** Each sentence with the days it names, in order. */
function expectDays(cases: ReadonlyArray<readonly [string, string[]]>): void {
  for (const [sentence, want] of cases) expect(days(sentence), sentence).toEqual(want);
}

describe('a timetable joined to a past clause', () => {
  it('reads the second verb\'s day as the coming one', () => {
    expectDays([
      // Election desk, arts page, court report, sports, space.
      ['Early voting in Dunmore County began Feb. 20 and ends Friday.', ['2024-02-20', '2024-03-15']],
      ['The Kellan Playhouse revival opened Friday and runs through March 24.', ['2024-03-08', '2024-03-24']],
      ['The Harrow fraud trial began Monday but resumes Thursday after a juror fell ill.', ['2024-03-11', '2024-03-14']],
      ['Brackley Town lost Sunday and plays Saturday at home.', ['2024-03-10', '2024-03-16']],
      ['The Orbis rocket rolled to the pad Tuesday and launches Friday.', ['2024-03-12', '2024-03-15']],
      // A second clause with its own subject, a clause opened by "that", the main verb after an aside in commas.
      ['Registration closed Monday and the Tarn marathon starts Saturday.', ['2024-03-11', '2024-03-16']],
      ['Bidding opened Feb. 26 and voting ends Friday, the Velm council said.', ['2024-02-26', '2024-03-15']],
      ['The Kessig court said Monday that the hearing resumes Thursday.', ['2024-03-11', '2024-03-14']],
      ['Early voting, which began Feb. 20, ends Friday.', ['2024-02-20', '2024-03-15']],
      // A bare form right after "and", with nothing earlier to govern it.
      ['Polls in Dunmore opened at 7 a.m. and close at 8 p.m. Thursday.', ['2024-03-14']],
      ['Brackley are fourth with ten games left and play Orlen on Sunday.', ['2024-03-17']],
    ]);
  });

  it('leaves a second verb told in the past, an infinitive after a modal, and a noun', () => {
    expectDays([
      ['Early voting in Dunmore County began Feb. 20 and ended Friday.', ['2024-02-20', '2024-03-08']],
      ['The Kellan Playhouse revival opened Friday and ran through March 24.', ['2024-03-08', '2023-03-24']],
      ['The Harrow fraud trial began Monday and resumed Thursday.', ['2024-03-11', '2024-03-07']],
      ['Early voting, which began Feb. 20, ended Friday.', ['2024-02-20', '2024-03-08']],
      // "will" governs the bare form after "and": the clause looks ahead as a whole, to Labor Day 2024.
      ['The Tarn pool will open on Memorial Day and close on Labor Day.', ['2024-05-27', '2024-09-02']],
      // A noun: "returns" after a bare plural, "votes" after a comma.
      ['The Orsk firm filed its accounts and tax returns Friday.', ['2024-03-08']],
      ['Of the ballots cast in Dunmore, votes Friday were counted last.', ['2024-03-08']],
    ]);
  });
});

describe('a timetable or state told in the present up to a day', () => {
  it('reads the day as the coming one', () => {
    expectDays([
      // Business, wire, arts, court, parliament.
      ['The Marlow Stores clearance sale runs through Sunday.', ['2024-03-17']],
      ['Talks in Corvino started Feb. 2 and continue through Friday.', ['2024-02-02', '2024-03-15']],
      ['The Tessa airshow lasts until Sunday.', ['2024-03-17']],
      ['The Tessa festival wraps up Sunday.', ['2024-03-17']],
      ['Tickets for the Orlen final go on sale Friday.', ['2024-03-15']],
      ['The Kessig appeals court hears arguments Monday.', ['2024-03-18']],
      ['The Velm senate takes up the budget bill Thursday.', ['2024-03-14']],
      ['The Marlow coupon is valid through Friday.', ['2024-03-15']],
      ['The state of emergency in Dunmore stays in effect through Friday.', ['2024-03-15']],
    ]);
  });

  it('leaves the stretch and the state told in the past', () => {
    expectDays([
      ['The Kellan show ran through Sunday.', ['2024-03-10']],
      ['The Marlow Stores sale lasted until Sunday.', ['2024-03-10']],
      ['The Marlow coupon was valid through Friday.', ['2024-03-08']],
      ['The Tessa festival wrapped up Sunday.', ['2024-03-10']],
    ]);
  });
});
