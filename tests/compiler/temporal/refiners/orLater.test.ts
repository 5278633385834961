// refiners/orLater.ts: "2027 or later", "2030 and beyond" are one TIMEX3 with an open end.
import { dates, timexes } from '../tagged';

const PUB = '2024-06-03';

describe('an open end after a date', () => {
  it('takes "or later", "and beyond", "or earlier" into the TIMEX3, as its mod', () => {
    expect(timexes('The Orvel probe may launch in 2027 or later.', PUB)).toEqual([['2027 or later', 'DATE', '2027', 'ON_OR_AFTER']]);
    expect(timexes('Harwick plans for 2030 and beyond, its chief said.', PUB)).toEqual([['2030 and beyond', 'DATE', '2030', 'ON_OR_AFTER']]);
    expect(timexes('Repairs could end in March or earlier if the weather holds.', PUB)).toEqual([['March or earlier', 'DATE', '2025-03', 'ON_OR_BEFORE']]);
    expect(timexes('The Tessel line will not reopen before the 2030s or later.', PUB)).toEqual([['the 2030s or later', 'DATE', '203', 'ON_OR_AFTER']]);
  });

  it('keeps the date itself on the timeline', () => {
    expect(dates('The Orvel probe may launch in 2027 or later.', PUB)).toEqual([['2027', '2027-01-01', '2027-12-31', 'year']]);
  });

  it('leaves a comparison, another point and a date with its own mod alone', () => {
    expect(timexes('The bridge opened in 2019 or later than its builders hoped.', PUB)).toEqual([['2019', 'DATE', '2019']]);
    expect(timexes('Prices rose in 2019 and after the strike of 2021.', PUB)).toEqual([['2019', 'DATE', '2019'], ['2021', 'DATE', '2021']]);
    expect(timexes('The plant may close in late 2026 or later.', PUB)).toEqual([['late 2026', 'DATE', '2026', 'END']]);
    expect(timexes('Sooner or later the Velm dam will need repairs.', PUB)).toEqual([]);
  });
});
