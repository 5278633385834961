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

  it('is true when the label ends with the date\'s own words, and false for a date inside it or a longer number', () => {
    expect(labelCarriesDate('Ilse Marten has run the Orvik mill since 2017', 'since 2017')).toBe(true);
    expect(labelCarriesDate('Ferry service to Lindholm resumed in Spring 2004.', 'spring 2004')).toBe(true);
    expect(labelCarriesDate('Ilse Marten has run the Orvik mill since 2017', '2016')).toBe(false);
    expect(labelCarriesDate('Route 2019 reopened to freight', '2019')).toBe(false);
    expect(labelCarriesDate('Orvik mill sold for 12019 crowns', '2019')).toBe(false);
    expect(labelCarriesDate('Orvik mill closed', '')).toBe(false);
  });
});
