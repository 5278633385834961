// calendarPhrase.ts subjectTimetable: a phrasal timetable in its bare form ("head to the polls", "take effect", "go on
// sale") after a plural subject names the coming month and day, as the forms in -s already did.
import { dates } from '../tagged';

const PUB = '2025-03-13';
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

describe('a phrasal timetable with a plural subject before a month and day', () => {
  it('reads the date ahead', () => {
    // Election desk, regulation, retail.
    expect(days('Dunmore voters head to the polls Nov. 4 to choose a governor.')).toEqual(['2025-11-04']);
    expect(days('Velm residents go to the polls on Nov. 4.')).toEqual(['2025-11-04']);
    expect(days('The new Orsk zoning rules take effect Dec. 1.')).toEqual(['2025-12-01']);
    expect(days('Tickets for the Kessig final go on sale Oct. 2.')).toEqual(['2025-10-02']);
  });

  it('leaves the past and a bare form that a noun shares', () => {
    expect(days('The new Orsk zoning rules took effect Dec. 1.')).toEqual(['2024-12-01']);
    expect(days('Dunmore voters went to the polls Nov. 4.')).toEqual(['2024-11-04']);
    // "a final vote Nov. 4": "vote" is the noun here, so the day stays the one gone by.
    expect(days('The council held a final vote Nov. 4 on the levy.')).toEqual(['2024-11-04']);
  });
});
