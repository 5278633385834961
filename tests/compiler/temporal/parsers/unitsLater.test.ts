// parsers/unitsLater.ts: a length of unstated count before "later".
import { dates, timexes } from '../tagged';

const PUB = '2021-05-14';

describe('units-later', () => {
  it('marks the bare unit before "later" as a length of unstated count, dating no event', () => {
    expect(timexes('Days later, the Orlen bridge reopened.', PUB)).toEqual([['Days', 'DURATION', 'PXD']]);
    expect(timexes('Minutes later, a second blast shook Velmora.', PUB)).toEqual([['Minutes', 'DURATION', 'PTXM']]);
    expect(timexes('The Kessig mill reopened years afterwards.', PUB)).toEqual([['years', 'DURATION', 'PXY']]);
    expect(dates('Days later, the Orlen bridge reopened.', PUB)).toEqual([]);
  });

  it('leaves a counted length to its count, and the unit after a determiner or with no "later" alone', () => {
    expect(timexes('Three days later, the Orlen bridge reopened.', PUB)).toEqual([['Three days', 'DURATION', 'P3D']]);
    expect(timexes('In the first days later reported, crews cleared the road.', PUB)).toEqual([]);
    expect(timexes('The Orlen bridge stayed shut for days.', PUB)).toEqual([['days', 'DURATION', 'PXD']]);
    expect(timexes('Days passed before the Orlen bridge reopened.', PUB)).toEqual([]);
  });
});
