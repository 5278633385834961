// lexicon SCHEDULE_VERBS and weekday.ts: a rule or tariff that "comes into force" or "kicks in" on a day, a vaccine that
// "becomes available", and a state in force "until Sunday evening", name the coming day.
import { dates } from '../tagged';

const PUB = '2026-06-05'; // a Friday
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

describe('a rule that starts or stays in force', () => {
  it('names the coming day', () => {
    // Regulation, trade, weather, transport.
    expect(days('The Velm smoking ban comes into force on Monday.')).toEqual(['2026-06-08']);
    expect(days('The new Orsk parking rules come into force on Monday.')).toEqual(['2026-06-08']);
    expect(days('The steel tariff kicks in on Wednesday.')).toEqual(['2026-06-10']);
    expect(days('The new fares go into effect Tuesday.')).toEqual(['2026-06-09']);
    expect(days('The Orsk flu vaccine becomes available at pharmacies on Monday.')).toEqual(['2026-06-08']);
    expect(days('A heat warning is in force until Sunday evening.')).toEqual(['2026-06-07']);
    expect(days('The Tarn line is closed until Monday morning.')).toEqual(['2026-06-08']);
  });

  it('leaves the past', () => {
    expect(days('The Velm smoking ban came into force on Monday.')).toEqual(['2026-06-01']);
    expect(days('The steel tariff kicked in on Wednesday.')).toEqual(['2026-06-03']);
    expect(days('The Orsk flu vaccine became available at pharmacies on Monday.')).toEqual(['2026-06-01']);
    expect(days('A heat warning was in force until Sunday evening.')).toEqual(['2026-05-31']);
    expect(days('The Tarn line stayed closed until Monday morning.')).toEqual(['2026-06-01']);
  });
});
