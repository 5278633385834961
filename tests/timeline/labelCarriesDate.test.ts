import { describe, expect, it } from 'vitest';
import { labelCarriesDate } from '../../src/timeline/labelCarriesDate';

describe('labelCarriesDate', () => {
  it('is true when the label ends with the date in brackets', () => {
    expect(labelCarriesDate('Harbour strike ends (2019)', '2019')).toBe(true);
    expect(labelCarriesDate('Dam opened (Spring 2004) ', 'spring 2004')).toBe(true);
  });

  it('is false for another or a more precise date, brackets elsewhere, or none', () => {
    expect(labelCarriesDate('Harbour strike ends (2019)', '2020')).toBe(false);
    expect(labelCarriesDate('Harbour strike ends (2019)', '14 May 2019')).toBe(false);
    expect(labelCarriesDate('Talks (2019) resume in Velmora', '2019')).toBe(false);
    expect(labelCarriesDate('Harbour strike ends', '2019')).toBe(false);
  });
});
