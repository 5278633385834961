// parsers/weekday.ts: where a weekday is resolved, and its TIMEX3.
import { readDocumentTime } from '../../../../src/compiler/temporal/documentTime';
import { dates, timexes } from '../tagged';

const PUB = '2023-03-10'; // a Friday

describe('weekday', () => {
  it('reads a past weekday as the latest on or before publication, a future one as the next on or after it', () => {
    expect(dates('The Ravel council voted on Tuesday.', PUB)).toEqual([['on Tuesday', '2023-03-07', '2023-03-07', 'day']]);
    expect(dates('The Ravel council will vote on Tuesday.', PUB)).toEqual([['on Tuesday', '2023-03-14', '2023-03-14', 'day']]);
  });

  it('reads the publication weekday as that very day, in the past and ahead', () => {
    expect(dates('The Ravel council said on Friday it would resign.', PUB)).toEqual([['on Friday', '2023-03-10', '2023-03-10', 'day']]);
    expect(dates('The Ravel council will vote on Friday.', PUB)).toEqual([['on Friday', '2023-03-10', '2023-03-10', 'day']]);
    expect(dates('The Ravel council will vote next Friday.', PUB)).toEqual([['next Friday', '2023-03-17', '2023-03-17', 'day']]);
  });

  it('marks the weekday without its preposition or possessive, with its part of the day as a TIME', () => {
    expect(timexes('Shops in Ravel reopened on Monday.', PUB)).toEqual([['Monday', 'DATE', '2023-03-06']]);
    expect(timexes("Tuesday's storm flooded the port.", PUB)).toEqual([['Tuesday', 'DATE', '2023-03-07']]);
    expect(timexes('Rescuers arrived Wednesday night.', PUB)).toEqual([['Wednesday night', 'TIME', '2023-03-08TNI']]);
    expect(timexes('The talks broke up late Thursday.', PUB)).toEqual([['late Thursday', 'DATE', '2023-03-09', 'END']]);
  });

  it('reads a timetable told in the present ("the sale begins Monday") as the coming day', () => {
    expect(dates('A clearance sale at the Harlow stores begins Monday.', PUB)).toEqual([['Monday', '2023-03-13', '2023-03-13', 'day']]);
    expect(dates('The Kessig fair opens on Wednesday.', PUB)).toEqual([['on Wednesday', '2023-03-15', '2023-03-15', 'day']]);
    expect(dates('The new Ravel speed limit takes effect Friday.', PUB)).toEqual([['Friday', '2023-03-10', '2023-03-10', 'day']]);
    // A timetable phrase broken across a line is still one.
    expect(dates('The Kessig fair kicks\n  off Wednesday.', PUB)).toEqual([['Wednesday', '2023-03-15', '2023-03-15', 'day']]);
    // Told in the past, or not a timetable verb, the day is the one gone by.
    expect(dates('The Kessig fair opened on Wednesday.', PUB)).toEqual([['on Wednesday', '2023-03-08', '2023-03-08', 'day']]);
    expect(dates('The Kessig fair, which began Wednesday, drew crowds.', PUB)).toEqual([['Wednesday', '2023-03-08', '2023-03-08', 'day']]);
    expect(dates('Police say the fire started on Wednesday.', PUB)).toEqual([['on Wednesday', '2023-03-08', '2023-03-08', 'day']]);
  });

  it('reads a launch, landing, docking, premiere or broadcast told in the present as the coming day', () => {
    expect(dates('The Velm-4 rocket launches Friday from Cape Orsk.', PUB)).toEqual([['Friday', '2023-03-10', '2023-03-10', 'day']]);
    expect(dates('The cargo capsule docks with the station on Sunday.', PUB)).toEqual([['on Sunday', '2023-03-12', '2023-03-12', 'day']]);
    expect(dates('The Harlow drama premieres Thursday on a streaming service.', PUB)).toEqual([['Thursday', '2023-03-16', '2023-03-16', 'day']]);
    expect(dates('The lunar probe lands on Tuesday.', PUB)).toEqual([['on Tuesday', '2023-03-14', '2023-03-14', 'day']]);
    expect(dates('The Kessig crew splashes down off the coast on Saturday.', PUB)).toEqual([['on Saturday', '2023-03-11', '2023-03-11', 'day']]);
    expect(dates('Velmoran voters head to the polls on Sunday.', PUB)).toEqual([['on Sunday', '2023-03-12', '2023-03-12', 'day']]);
    expect(dates('In Velmora, polls open at 7 a.m. Sunday.', PUB)).toEqual([['Sunday', '2023-03-12', '2023-03-12', 'day']]);
    expect(dates('The Kessig shops were open on Sunday.', PUB)).toEqual([['on Sunday', '2023-03-05', '2023-03-05', 'day']]);
    expect(dates('Officials kept the polls open on Sunday.', PUB)).toEqual([['on Sunday', '2023-03-05', '2023-03-05', 'day']]);
    // Told in the past, or a bare form that is a noun, the day is the one gone by.
    expect(dates('The Velm-4 rocket launched Friday from Cape Orsk.', PUB)).toEqual([['Friday', '2023-03-10', '2023-03-10', 'day']]);
    expect(dates('The space agency delayed the launch on Wednesday.', PUB)).toEqual([['on Wednesday', '2023-03-08', '2023-03-08', 'day']]);
    expect(dates('The tribe reclaimed its ancestral lands on Monday.', PUB)).toEqual([['on Monday', '2023-03-06', '2023-03-06', 'day']]);
    expect(dates('The ferry waited at the dock on Monday.', PUB)).toEqual([['on Monday', '2023-03-06', '2023-03-06', 'day']]);
  });

  it('reads a timetable with its object or place before the day ("travels to Orlen on Wednesday") as the coming day', () => {
    expect(dates('The Velmoran minister travels to Orlen on Wednesday.', PUB)).toEqual([['on Wednesday', '2023-03-15', '2023-03-15', 'day']]);
    expect(dates('The Harlow Hawks play Sunday in Kessig.', PUB)).toEqual([['Sunday', '2023-03-12', '2023-03-12', 'day']]);
    expect(dates('Ravel voters go to the polls Sunday.', PUB)).toEqual([['Sunday', '2023-03-12', '2023-03-12', 'day']]);
    expect(dates('Mayor Dent leaves office on Monday.', PUB)).toEqual([['on Monday', '2023-03-13', '2023-03-13', 'day']]);
    // Told in the past, after a clause boundary, or naming a noun's day, it is the one gone by.
    expect(dates('The Velmoran minister travelled to Orlen on Wednesday.', PUB)).toEqual([['on Wednesday', '2023-03-08', '2023-03-08', 'day']]);
    expect(dates('Mayor Dent leaves office after he lost on Monday.', PUB)).toEqual([['on Monday', '2023-03-06', '2023-03-06', 'day']]);
    expect(dates('The Harlow Hawks host fans who marched on Sunday.', PUB)).toEqual([['on Sunday', '2023-03-05', '2023-03-05', 'day']]);
  });

  it('reads a weekday that names a term ("a Monday deadline") told in the present as the coming day', () => {
    expect(dates('The Harlow chain now faces a tight Monday deadline to repay its lenders.', PUB)).toEqual([['Monday', '2023-03-13', '2023-03-13', 'day']]);
    expect(dates('Bidders are racing a Wednesday cutoff.', PUB)).toEqual([['Wednesday', '2023-03-15', '2023-03-15', 'day']]);
    // Told in the past, the term has gone by; a weekday not naming a term is read by its verb as before.
    expect(dates('The Harlow chain missed a Monday deadline to repay its lenders.', PUB)).toEqual([['Monday', '2023-03-06', '2023-03-06', 'day']]);
    expect(dates('The Harlow chain faces questions about a Monday meeting.', PUB)).toEqual([['Monday', '2023-03-06', '2023-03-06', 'day']]);
  });

  it("reads a noun's weekday that names a term (\"ahead of Friday's deadline\") as a term still to meet", () => {
    const WEDNESDAY = '2023-03-08';
    const SATURDAY = '2023-03-11';
    // Told in the present or ahead, the term is the coming day, even one or two days after a day of that name.
    expect(dates('Ravel lawmakers are scrambling to pass a budget ahead of Friday\'s deadline.', WEDNESDAY)).toEqual([["Friday's", '2023-03-10', '2023-03-10', 'day']]);
    expect(dates('The Kessig nurses\' union is racing to meet Monday\'s deadline for a contract.', WEDNESDAY)).toEqual([["Monday's", '2023-03-13', '2023-03-13', 'day']]);
    // Told in the past, what was done ahead of it came before it: the nearer of the day gone by and the day to come.
    expect(dates('Ravel lawmakers scrambled to pass a budget ahead of Friday\'s deadline.', WEDNESDAY)).toEqual([["Friday's", '2023-03-10', '2023-03-10', 'day']]);
    expect(dates('Ravel lawmakers scrambled to pass a budget ahead of Friday\'s deadline.', SATURDAY)).toEqual([["Friday's", '2023-03-10', '2023-03-10', 'day']]);
    expect(dates('Orsk miners walked out ahead of a Tuesday deadline.', WEDNESDAY)).toEqual([['Tuesday', '2023-03-07', '2023-03-07', 'day']]);
    // Missed or failed, the term has gone by; a noun's day that names no term keeps its reading.
    expect(dates('The Kessig negotiators failed to meet Monday\'s deadline.', WEDNESDAY)).toEqual([["Monday's", '2023-03-06', '2023-03-06', 'day']]);
    expect(dates('The Velm delegates will attend Monday\'s summit.', WEDNESDAY)).toEqual([["Monday's", '2023-03-06', '2023-03-06', 'day']]);
  });

  it('keeps a timetable\'s coming day when an hour stands between verb and day ("expires at midnight Friday")', () => {
    expect(timexes('The Harlow tender offer expires at midnight Wednesday.', PUB)).toEqual([['midnight Wednesday', 'TIME', '2023-03-15T24:00']]);
    expect(timexes('The Kessig fair opens at 9 a.m. EST on Wednesday.', PUB)).toEqual([['9 a.m. EST', 'TIME', '2023-03-15T09:00'], ['Wednesday', 'DATE', '2023-03-15']]);
    expect(timexes('Talks at Ravel resume at noon Monday.', PUB)).toEqual([['noon Monday', 'TIME', '2023-03-13T12:00']]);
    // Told in the past the day is the one gone by; a bare number is no hour.
    expect(timexes('The Harlow tender offer expired at midnight Wednesday.', PUB)).toEqual([['midnight Wednesday', 'TIME', '2023-03-08T24:00']]);
    expect(dates('The Kessig index ends at 30 Wednesday, a trader joked.', PUB).map((d) => d[1])).not.toContain('2023-03-15');
    // A plural subject's timetable: "polls close", "the talks start"; told in the past, the day gone by.
    expect(timexes('Polls in the Kessig district close at 8 p.m. Wednesday.', PUB)).toEqual([['8 p.m. Wednesday', 'TIME', '2023-03-15T20:00']]);
    expect(dates('The Ravel talks start Monday.', PUB)).toEqual([['Monday', '2023-03-13', '2023-03-13', 'day']]);
    expect(timexes('Polls in the Kessig district closed at 8 p.m. Wednesday.', PUB)).toEqual([['8 p.m. Wednesday', 'TIME', '2023-03-08T20:00']]);
    expect(dates('The Harlow shops were open Wednesday.', PUB)).toEqual([['Wednesday', '2023-03-08', '2023-03-08', 'day']]);
  });

  it('reads the day of a plan told in the past ("a rally planned for Saturday was called off") as the nearer one', () => {
    const sunday = '2023-03-12';
    const thursday = '2023-03-09';
    expect(dates('A Kessig rally planned for Saturday was called off.', sunday)).toEqual([['for Saturday', '2023-03-11', '2023-03-11', 'day']]);
    expect(dates('A Kessig rally planned for Saturday was cancelled.', thursday)).toEqual([['for Saturday', '2023-03-11', '2023-03-11', 'day']]);
    expect(dates('A memorial scheduled at the Ravel hall for Monday was postponed.', sunday)).toEqual([['for Monday', '2023-03-13', '2023-03-13', 'day']]);
    // A plan still standing is the coming day, whatever the paper's weekday.
    expect(dates('A Kessig rally is planned for Saturday.', sunday)).toEqual([['for Saturday', '2023-03-18', '2023-03-18', 'day']]);
  });

  it('reads a meeting told in the present, and "as soon as" a day, as the coming day', () => {
    expect(dates('The two envoys meet separately Monday with the Ravel mediator.', PUB)).toEqual([['Monday', '2023-03-13', '2023-03-13', 'day']]);
    expect(dates('The Kessig board convenes on Tuesday.', PUB)).toEqual([['on Tuesday', '2023-03-14', '2023-03-14', 'day']]);
    expect(dates('The crew could be ready as soon as Wednesday.', PUB)).toEqual([['Wednesday', '2023-03-15', '2023-03-15', 'day']]);
    // Told in the past, the meeting is the one gone by.
    expect(dates('The two envoys met separately Monday with the Ravel mediator.', PUB)).toEqual([['Monday', '2023-03-06', '2023-03-06', 'day']]);
    expect(dates('The Kessig board voted on Tuesday.', PUB)).toEqual([['on Tuesday', '2023-03-07', '2023-03-07', 'day']]);
  });

  it('reads a weekday with its week named after it as one day of that week', () => {
    expect(dates('The Kessig board met on Tuesday last week.', PUB)).toEqual([['on Tuesday last week', '2023-02-28', '2023-02-28', 'day']]);
    expect(dates('The Kessig board met on Monday of last week.', PUB)).toEqual([['on Monday of last week', '2023-02-27', '2023-02-27', 'day']]);
    expect(dates('The Kessig board meets on Wednesday next week.', PUB)).toEqual([['on Wednesday next week', '2023-03-15', '2023-03-15', 'day']]);
    // A Monday-to-Sunday week: "Sunday of last week" is the Sunday just gone by, "Monday this week" four days back.
    expect(dates('Rescuers left on Sunday of last week.', PUB)).toEqual([['on Sunday of last week', '2023-03-05', '2023-03-05', 'day']]);
    expect(timexes('Rescuers arrived Monday this week.', PUB)).toEqual([['Monday this week', 'DATE', '2023-03-06']]);
    expect(timexes('Rescuers arrived Tuesday night last week.', PUB)).toEqual([['Tuesday night last week', 'TIME', '2023-02-28TNI']]);
  });

  it("reads a weekday named as a noun's, a day or two back, as that day even in a clause that looks ahead", () => {
    expect(timexes("The Velm family would look for ways around Wednesday's ruling.", PUB)).toEqual([['Wednesday', 'DATE', '2023-03-08']]);
    expect(timexes("The Velm family will appeal Thursday's ruling.", PUB)).toEqual([['Thursday', 'DATE', '2023-03-09']]);
    // Further back, or waited for, the day lies ahead.
    expect(timexes("Voters will turn out for Tuesday's election.", PUB)).toEqual([['Tuesday', 'DATE', '2023-03-14']]);
    expect(timexes("Leaders will meet ahead of Thursday's vote.", PUB)).toEqual([['Thursday', 'DATE', '2023-03-16']]);
    expect(timexes("Leaders will attend Monday's summit.", PUB)).toEqual([['Monday', 'DATE', '2023-03-13']]);
  });

  it("reads a noun's weekday three days back as that day when a future is told from the past", () => {
    // Published Saturday 11 March 2023: Wednesday the 8th is three days back, four ahead.
    expect(timexes("The Velm family said it would fight Wednesday's ruling.", '2023-03-11')).toEqual([['Wednesday', 'DATE', '2023-03-08']]);
    expect(timexes("The tenants told reporters they could still challenge Wednesday's order.", '2023-03-11')).toEqual([['Wednesday', 'DATE', '2023-03-08']]);
    // Told from publication, or nearer ahead than back, it lies ahead.
    expect(timexes("The Velm family will attend Wednesday's hearing.", '2023-03-11')).toEqual([['Wednesday', 'DATE', '2023-03-15']]);
    expect(timexes("The Orla side could play in Wednesday's final.", '2023-03-11')).toEqual([['Wednesday', 'DATE', '2023-03-15']]);
    expect(timexes("The Velm family said it would attend Tuesday's hearing.", '2023-03-11')).toEqual([['Tuesday', 'DATE', '2023-03-14']]);
  });

  it('leaves a weekday and a week apart when a comma, a conjunction or a possessive parts them', () => {
    expect(dates('The board met on Tuesday, last week it met twice.', PUB).map((d) => d[0])).toEqual(['on Tuesday', 'last week']);
    expect(dates('The board met on Tuesday and last week.', PUB).map((d) => d[0])).toEqual(['on Tuesday', 'last week']);
    expect(dates("Tuesday's vote last week drew crowds.", PUB).map((d) => d[0])).toEqual(["Tuesday's", 'last week']);
    expect(dates('The board met last Tuesday.', PUB)).toEqual([['last Tuesday', '2023-03-07', '2023-03-07', 'day']]);
  });

  it('leaves habits, plurals and look-alike words alone', () => {
    expect(dates('The market opens on Tuesdays.', PUB)).toEqual([]);
    expect(dates('Rallies are held every Monday.', PUB)).toEqual([]);
    expect(dates('Buses run on Monday nights.', PUB)).toEqual([]);
    expect(dates('A Sun reporter Sat with officials on Wed.', PUB)).toEqual([]);
  });

  it('reads look-alike cues of the future as what they are', () => {
    // "next to" places; "the plan" names a plan; a plan that "had been" due is overtaken.
    expect(dates('Two blasts hit the market next to the Ravel town hall on Tuesday.', PUB)).toEqual([['on Tuesday', '2023-03-07', '2023-03-07', 'day']]);
    expect(dates('The mayor announced the plan on Wednesday.', PUB)).toEqual([['on Wednesday', '2023-03-08', '2023-03-08', 'day']]);
    expect(dates('The offer had been due to expire on Thursday.', PUB)).toEqual([['on Thursday', '2023-03-09', '2023-03-09', 'day']]);
    expect(dates('The strike had been scheduled for Monday.', PUB)).toEqual([['for Monday', '2023-03-06', '2023-03-06', 'day']]);
    expect(dates('The vote, originally scheduled for Monday, was moved.', PUB)).toEqual([['for Monday', '2023-03-06', '2023-03-06', 'day']]);
  });

  it('reads a relative clause after a comma by its own verb', () => {
    expect(dates('Aid will go to the villages, where on Tuesday floods struck.', PUB)).toEqual([['on Tuesday', '2023-03-07', '2023-03-07', 'day']]);
    expect(dates('The council, which will vote on Tuesday, met today.', PUB)[0]).toEqual(['on Tuesday', '2023-03-14', '2023-03-14', 'day']);
    // Where the relative clause has no verb after the day, the clause it hangs from speaks.
    expect(dates('Aid will go to the villages, which the floods cut off, on Tuesday.', PUB)).toEqual([['on Tuesday', '2023-03-14', '2023-03-14', 'day']]);
  });

  it('still looks ahead where the cue does', () => {
    expect(dates('The council plans to vote on Tuesday.', PUB)).toEqual([['on Tuesday', '2023-03-14', '2023-03-14', 'day']]);
    expect(dates('The offer is due to expire on Thursday.', PUB)).toEqual([['on Thursday', '2023-03-16', '2023-03-16', 'day']]);
    expect(dates('The ferry will dock next to the pier on Monday.', PUB)).toEqual([['on Monday', '2023-03-13', '2023-03-13', 'day']]);
    // A deadline given and still standing lies ahead; one that was had, or a change already made by a day, does not.
    expect(dates('The Ravel council has until Thursday to reply.', PUB)).toEqual([['until Thursday', '2023-03-16', '2023-03-16', 'day']]);
    expect(timexes('Tenants have been given until 8 a.m. Tuesday to leave.', PUB)).toEqual([['8 a.m. Tuesday', 'TIME', '2023-03-14T08:00']]);
    expect(dates('The Ravel council had until Thursday to reply.', PUB)).toEqual([['until Thursday', '2023-03-09', '2023-03-09', 'day']]);
    expect(timexes('Fares have risen by Thursday.', PUB)).toEqual([['Thursday', 'DATE', '2023-03-09']]);
  });

  it('reads a clause opened by "whoever" by the verb it is the subject of, not by a saying before it', () => {
    expect(dates('Pundits in Ravel said whoever wins on Sunday night will lead the league.', PUB)).toEqual([['on Sunday night', '2023-03-12', '2023-03-12', 'day']]);
    expect(dates('Whichever side scores first on Sunday will go through, the coach said.', PUB)).toEqual([['on Sunday', '2023-03-12', '2023-03-12', 'day']]);
    // Told in the past, the day is the one gone by; a saying with no such clause still dates its weekday.
    expect(dates('Pundits said whoever won on Sunday night deserved it.', PUB)).toEqual([['on Sunday night', '2023-03-05', '2023-03-05', 'day']]);
    expect(dates('Pundits said on Sunday the winner will lead the league.', PUB)).toEqual([['on Sunday', '2023-03-05', '2023-03-05', 'day']]);
  });

  it('reads an end not yet reached ("until at least Friday") as the coming day, an end reached as the one gone by', () => {
    const wednesday = '2023-03-08';
    expect(dates('The Kessig airport banned flights until at least Friday.', wednesday)).toEqual([['Friday', '2023-03-10', '2023-03-10', 'day']]);
    expect(dates('The mountain roads remain closed until Friday.', wednesday)).toEqual([['until Friday', '2023-03-10', '2023-03-10', 'day']]);
    expect(dates('The mountain roads stayed closed until Friday.', wednesday)).toEqual([['until Friday', '2023-03-03', '2023-03-03', 'day']]);
    expect(dates('The pass was shut by Friday.', wednesday)).toEqual([['by Friday', '2023-03-03', '2023-03-03', 'day']]);
  });

  it('keeps an end not yet reached with an hour between "until" and the day, and the wire\'s second clock in brackets', () => {
    const wednesday = '2023-03-08';
    expect(timexes('Kessig port officials halted ferries until at least 0500 GMT (1 a.m. EDT) Friday.', wednesday)).toEqual([
      ['0500 GMT', 'TIME', '2023-03-10T05:00'], ['1 a.m. EDT', 'TIME', '2023-03-10T01:00'], ['Friday', 'DATE', '2023-03-10'],
    ]);
    expect(dates('Kessig port officials halted ferries until at least 9 a.m. on Friday.', wednesday)).toEqual([['on Friday', '2023-03-10', '2023-03-10', 'day']]);
    // An end reached, or a term told in the past, keeps the day gone by.
    expect(dates('The Kessig ferries stayed in port until 0500 GMT Friday.', wednesday)).toEqual([['Friday', '2023-03-03', '2023-03-03', 'day']]);
    expect(dates('The Kessig bids were due by 5 p.m. on Friday.', wednesday)).toEqual([['on Friday', '2023-03-03', '2023-03-03', 'day']]);
  });

  it('reads the new end of an extension ("extended the curfew until Friday") as the coming day', () => {
    const wednesday = '2023-03-08';
    expect(dates('The Kessig council extended the dusk curfew until Friday.', wednesday)).toEqual([['until Friday', '2023-03-10', '2023-03-10', 'day']]);
    expect(dates('Kessig officials prolonged the grazing ban until Monday.', wednesday)).toEqual([['until Monday', '2023-03-13', '2023-03-13', 'day']]);
    // The old end, named after a comma, is the one gone by; a length is no extension.
    expect(dates('The Kessig council extended the curfew, which had run until Friday.', wednesday)).toEqual([['until Friday', '2023-03-03', '2023-03-03', 'day']]);
    expect(dates('The Kessig dry spell extended through Friday.', wednesday)).toEqual([['Friday', '2023-03-03', '2023-03-03', 'day']]);
  });

  it('reads a passive told in the present ("flights are suspended until Friday") as a state lasting to the coming day', () => {
    const wednesday = '2023-03-08';
    expect(dates('Flights from Kessig are suspended until Friday.', wednesday)).toEqual([['until Friday', '2023-03-10', '2023-03-10', 'day']]);
    expect(dates('The coast road is closed until Monday.', wednesday)).toEqual([['until Monday', '2023-03-13', '2023-03-13', 'day']]);
    expect(dates('Ferries to Ravel have been cancelled until Thursday.', wednesday)).toEqual([['until Thursday', '2023-03-09', '2023-03-09', 'day']]);
    // Told in the past, the end has been reached; without "until" the present passive names the day gone by.
    expect(dates('Flights from Kessig were suspended until Friday.', wednesday)).toEqual([['until Friday', '2023-03-03', '2023-03-03', 'day']]);
    expect(dates('The coast road had been closed until Monday.', wednesday)).toEqual([['until Monday', '2023-03-06', '2023-03-06', 'day']]);
    expect(dates('The suspect is believed to have fled on Monday.', wednesday)).toEqual([['on Monday', '2023-03-06', '2023-03-06', 'day']]);
    expect(dates('Two men are charged over a raid on Monday.', wednesday)).toEqual([['on Monday', '2023-03-06', '2023-03-06', 'day']]);
  });

  it('reads a bare weekday in a sentence that named its week earlier ("Last week the board met on Tuesday") as a day of that week', () => {
    expect(timexes('Last week the Ravel board met on Tuesday.', PUB)).toEqual([['Last week', 'DATE', '2023-W09'], ['Tuesday', 'DATE', '2023-02-28']]);
    expect(dates('Last week, the Ravel board met on Tuesday and Thursday.', PUB).slice(1)).toEqual([
      ['on Tuesday', '2023-02-28', '2023-02-28', 'day'], ['Thursday', '2023-03-02', '2023-03-02', 'day'],
    ]);
    expect(dates('Next week the Ravel board will meet on Monday.', PUB).slice(1)).toEqual([['on Monday', '2023-03-13', '2023-03-13', 'day']]);
    // A clause that disagrees with the week in time, or a week named as a noun's, leaves the weekday to its own rule.
    expect(dates('Last week the Ravel board said it will vote on Tuesday.', PUB).slice(1)).toEqual([['on Tuesday', '2023-03-14', '2023-03-14', 'day']]);
    expect(dates("Last week's storm was forgotten when the board met on Tuesday.", PUB)).toEqual([['on Tuesday', '2023-03-07', '2023-03-07', 'day']]);
    // A week inside a clause of its own, closed by a comma, leaves the weekday after it to its own rule.
    expect(dates('The Ravel union, which learned of the plan last week, said on Tuesday it would fight.', PUB).slice(1)).toEqual([['on Tuesday', '2023-03-07', '2023-03-07', 'day']]);
    // A quotation between them: the week is the speaker's, the day the reporter's.
    expect(dates('"We met them last week and we are back," the chair said Friday.', PUB).slice(1)).toEqual([['Friday', '2023-03-10', '2023-03-10', 'day']]);
  });

  it('reads a day a thing is on, told with "is" right before the day, as the coming one', () => {
    // PUB is a Friday: "is Friday" is that day, "is Thursday" six days on.
    expect(timexes('The Orsk tender deadline is Thursday.', PUB)).toEqual([['Thursday', 'DATE', '2023-03-16']]);
    expect(timexes('The Velm council vote is on Sunday.', PUB)).toEqual([['Sunday', 'DATE', '2023-03-12']]);
    expect(timexes('The deadline is 5 p.m. on Wednesday.', PUB)).toEqual([['5 p.m.', 'TIME', '2023-03-15T17:00'], ['Wednesday', 'DATE', '2023-03-15']]);
    expect(timexes('The Orsk marathon is on Friday, organisers said.', PUB)).toEqual([['Friday', 'DATE', '2023-03-10']]);
    expect(timexes('The Tarn Mills annual meeting is Tuesday.', PUB)).toEqual([['Tuesday', 'DATE', '2023-03-14']]);
  });

  it('leaves a day told with "was", "since" or as a noun\'s with its own reading', () => {
    expect(timexes('The Orsk tender deadline was Thursday.', PUB)).toEqual([['Thursday', 'DATE', '2023-03-09']]);
    expect(timexes('It is the first such fire since Tuesday.', PUB)).toEqual([['Tuesday', 'DATE', '2023-03-07']]);
    expect(timexes('The suspect is Tuesday\'s gunman.', PUB)).toEqual([['Tuesday', 'DATE', '2023-03-07']]);
  });

  it('reads "the following Monday" as the first such day after the day the story last told', () => {
    // The story last told Wednesday 1 March 2023; PUB is Friday 10 March.
    const told = { previous: { start: '2023-03-01', precision: 'day' as const } };
    expect(timexes('The Orsk talks resumed the following Monday.', PUB, told)).toEqual([['the following Monday', 'DATE', '2023-03-06']]);
    expect(dates('The Orsk talks resumed the following Monday.', PUB, told)).toEqual([['the following Monday', '2023-03-06', '2023-03-06', 'day']]);
    // With nothing told before, it is the first after publication.
    expect(timexes('The Orsk council meets the next Tuesday.', PUB)).toEqual([['the next Tuesday', 'DATE', '2023-03-14']]);
  });

  it('leaves a weekday after "the" without "following" or "next" to the usual reading', () => {
    const told = { previous: { start: '2023-03-01', precision: 'day' as const } };
    expect(timexes('The Monday rally in Orsk drew crowds.', PUB, told)).toEqual([['Monday', 'DATE', '2023-03-06']]);
  });

  it('sets a sentence that picks one of what the sentence before told ("At the first, on Monday") in the week it named', () => {
    // Published Wednesday 27 March 2024: "last week" runs from Monday 18 to Sunday 24 March.
    const days = (sentences: string[], pub = '2024-03-27') => {
      const time = readDocumentTime(pub);
      return sentences.map((s) => time.read(s).timexes.map((t) => [s.slice(t.start, t.end), t.value]));
    };
    expect(days([
      'Last week the Orsk tribunal held two sittings.',
      'At the first, on Monday, a ferry captain said the gates were shut.',
      'At the second, on Thursday, the port manager said they had been open.',
    ])).toEqual([[['Last week', '2024-W12']], [['Monday', '2024-03-18']], [['Thursday', '2024-03-21']]]);
    expect(days([
      'The Orsk jury heard two witnesses last week.',
      'The first, on Tuesday, was a nurse.',
    ])).toEqual([[['last week', '2024-W12']], [['Tuesday', '2024-03-19']]]);
    // Its date reason names the week it was counted from, not publication.
    const story = readDocumentTime('2024-03-27');
    story.read('Last week the Orsk tribunal held two sittings.');
    expect(story.read('At the first, on Monday, a ferry captain spoke.').expressions.map((e) => e.anchor)).toEqual([{ kind: 'previous', date: '2024-03-18' }]);
    // Without a pick, a weekday after "last week" is still read from publication: the most recent Monday.
    expect(days([
      'Last week the Orsk tribunal held two sittings.',
      'On Monday, a ferry captain said the gates were shut.',
    ])[1]).toEqual([['Monday', '2024-03-25']]);
    // A pick with no week or day before it, or one that looks ahead, keeps the usual reading.
    expect(days([
      'The Orsk tribunal held two sittings.',
      'At the first, on Monday, a ferry captain said the gates were shut.',
    ])[1]).toEqual([['Monday', '2024-03-25']]);
    expect(days([
      'Last week the Orsk tribunal named two witnesses.',
      'The first will testify on Monday.',
    ])[1]).toEqual([['Monday', '2024-04-01']]);
  });
});
