// The wire's "here" said by the dateline's city. Sentences and datelines written for these tests.
import { datelineCity, placeHere } from '../../../src/compiler/events/herePlace';

describe('datelineCity', () => {
  it('reads the city a dateline opens on, written as a name', () => {
    expect(datelineCity('TESKVILLE, March 2 (Wirepost) --')).toBe('Teskville');
    expect(datelineCity('PORT ORLAN, Varnia (Newswire) -')).toBe('Port Orlan');
    expect(datelineCity('DAR ES VELLO, June 4 --')).toBe('Dar es Vello');
  });

  it('reads no city from a dateline that opens on a date or from none', () => {
    expect(datelineCity('Sept. 27 —')).toBeNull();
    expect(datelineCity(null)).toBeNull();
    expect(datelineCity('Teskville officials said')).toBeNull();
  });
});

describe('placeHere', () => {
  it('says the city for "here" after a verb, with "to" after one of coming and going', () => {
    expect(placeHere('Envoy arrived here for two days of talks', 'Teskville')).toBe('Envoy arrived in Teskville for two days of talks');
    expect(placeHere('Ana Brel said here that the port would reopen', 'Teskville')).toBe('Ana Brel said in Teskville that the port would reopen');
    expect(placeHere('Peltz delegation flew here to sign the pact', 'Orlan')).toBe('Peltz delegation flew to Orlan to sign the pact');
  });

  it('leaves "here" alone without a city, after no verb, or inside a quotation', () => {
    expect(placeHere('Envoy arrived here for talks', null)).toBe('Envoy arrived here for talks');
    expect(placeHere('Shops here stayed shut', 'Teskville')).toBe('Shops here stayed shut');
    expect(placeHere('Ana Brel: "We worked here for ten years"', 'Teskville')).toBe('Ana Brel: "We worked here for ten years"');
    expect(placeHere('Mayor said the fair is here to stay', 'Teskville')).toBe('Mayor said the fair is here to stay');
  });
});
