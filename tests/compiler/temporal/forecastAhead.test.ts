// forecastAhead.ts: a forecast or a warning told in the present looks ahead, so its day is the coming one.
import { dates } from './tagged';

const PUB = '2025-03-13'; // a Thursday
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

describe('a forecast told in the present', () => {
  it('reads the day as the coming one', () => {
    // Weather desk, markets, labour, health.
    expect(days('Rain is forecast from Saturday across the Tarn valley.')).toEqual(['2025-03-15']);
    expect(days('More storms are forecast for Saturday, the Velm weather office said.')).toEqual(['2025-03-15']);
    expect(days('Showers are possible Saturday afternoon in Orsk.')).toEqual(['2025-03-15']);
    expect(days('Forecasters predict snow on Sunday in the Kessig hills.')).toEqual(['2025-03-16']);
    expect(days('The Dunmore weather service warns of flooding on Sunday.')).toEqual(['2025-03-16']);
    expect(days('Highs are now forecast in the 60s on Friday.')).toEqual(['2025-03-14']);
    expect(days('Dock unions warn of strikes on Monday if talks fail.')).toEqual(['2025-03-17']);
  });

  it('leaves a forecast told in the past, the noun, and a forecast word after the day', () => {
    expect(days('Forecasters predicted snow on Sunday in the Kessig hills.')).toEqual(['2025-03-09']);
    expect(days('The Dunmore weather service warned of flooding on Sunday.')).toEqual(['2025-03-09']);
    expect(days('The forecast Sunday called for rain.')).toEqual(['2025-03-09']);
    expect(days('It is likely the Velm gunman fled on Sunday.')).toEqual(['2025-03-09']);
    expect(days('The flooding on Sunday is likely the worst in years.')).toEqual(['2025-03-09']);
    expect(days('Analysts forecast a loss for the quarter that ended in December.')).toEqual(['2024-12-01']);
    // "due to" gives a cause, not a term.
    expect(days('The Velm ferry delay is due to the storm on Sunday.')).toEqual(['2025-03-09']);
  });
});
