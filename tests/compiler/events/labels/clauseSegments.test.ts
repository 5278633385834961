import { label } from './label';

describe('makeLabel with numbers', () => {
  it('does not split "2,400" at its comma', () => {
    expect(label('The pact, signed in 1977, removes tariffs on 2,400 product lines.', '1977')).toBe('Pact signed');
    expect(label('Since 1977 the pact has removed tariffs on 2,400 product lines.', 'Since 1977')).toBe('Pact has removed tariffs on 2,400 product lines');
  });
});

describe('makeLabel as a headline', () => {
  it('reads an underscore between spaces as the dash older wire copy types', () => {
    expect(label('Since 1994 _ when the army took the valley _ nearly 90 guards have died there.', '1994'))
      .toBe('Army took the valley');
    expect(label('About 200 workers _ drivers and their families _ left the port on Monday on orders from the owners.', 'on Monday'))
      .toBe('About 200 workers left the port on orders from the owners');
    // A word with an underscore in it is one word.
    expect(label('The file tide_2019 was published on Monday.', 'on Monday')).toMatch(/tide_2019/);
  });

  it('reads over a short bracketed aside, and keeps a bracket that holds the date or says more', () => {
    expect(label('Police found 600 kilograms (1,300 pounds) of explosives on Sunday in a barn near Tiel.', 'on Sunday'))
      .toBe('Police found 600 kilograms of explosives in a barn near Tiel');
    expect(label('The two blasts went off 200 kilometers (125 miles) apart on Friday.', 'on Friday'))
      .toBe('Two blasts went off 200 kilometers apart');
    expect(label('The two blasts went off 200 kilometers (125 miles) from each other on Friday.', 'on Friday'))
      .toBe('Two blasts went off 200 kilometers from each other');
    expect(label('The rebels and the army accused the other on Friday.', 'on Friday')).toBe('Rebels and the army accused');
    expect(label('The probe lifted off at 3:40 pm EST Friday (2040 GMT Friday), the agency said.', 'Friday (2040 GMT Friday)')).toMatch(/^Probe lifted off/);
    // A name or an acronym in brackets is part of the clause.
    expect(label('A truce brokered by the Kessa Council (KC) was signed in March 2016 after 40 days of fighting.', 'March 2016')).toMatch(/signed/);
  });

  it('keeps a list of names whole: its commas are no clause boundary', () => {
    expect(label('Truces brokered by Valdoria, Ostmark and the Free Cities in March collapsed within hours.', 'in March'))
      .toBe('Truces brokered by Valdoria, Ostmark and the Free Cities collapsed within hours');
    // A day before the comma opens the sentence, it is no name of a list.
    expect(label('On Monday, Valdoria and Ostmark signed a trade pact.', 'On Monday')).toBe('Valdoria and Ostmark signed a trade pact');
  });
});

describe('makeLabel: an aside between dashes', () => {
  it('passes over a relative clause or an apposition between dashes and goes on with the clause', () => {
    expect(label('The port board said Tuesday that the barge Kelda _ which Orlan Vey steers _ reached the quay.', 'Tuesday'))
      .toBe('Port board said that the barge Kelda reached the quay');
    expect(label('The clinic said Monday that the new wing -- a gift of the Brask family -- opened its doors to patients.', 'Monday'))
      .toBe('Clinic said that the new wing opened its doors to patients');
  });

  it('keeps an aside that holds the date', () => {
    expect(label('The ferry _ which sank on Friday _ was raised from the bay.', 'on Friday')).toMatch(/sank/);
  });
});

describe('makeLabel: a comma inside the date', () => {
  it('keeps the clause whole when the date is "May 2, 2001"', () => {
    expect(label('Vera Molnar heads a team investigating the blasts which killed 31 people, including four guards, on May 2, 2001.', 'May 2, 2001'))
      .toBe('Blasts killed 31 people, including four guards');
    expect(label('The blasts killed 31 people, including four guards, on May 2, 2001, in the port of Kessaro.', 'May 2, 2001'))
      .toBe('Blasts killed 31 people, including four guards');
  });

  it('still takes the main clause after a date that opens the sentence', () => {
    expect(label('On May 2, 2001, the blasts killed 31 people in the port.', 'May 2, 2001')).toBe('Blasts killed 31 people in the port');
    expect(label('The ferry sank on Monday, in the harbour.', 'on Monday')).toBe('Ferry sank');
  });
});

describe('makeLabel: a place and its state between commas', () => {
  it('reads "the Tulsa, Okla., area" and "Sen. Ana Vell, D-Ore.," as parts of one clause', () => {
    expect(label('Authorities in the Tulsa, Okla., area say they will charge the driver next week.', 'next week'))
      .toMatch(/^Authorities in the Tulsa, Okla\., area say they will charge the driver/);
    expect(label('A 2004 law named for Sen. Ana Vell, D-Ore., tightened the 1987 ban on dredging.', '1987', {
      others: [{ start: 2, end: 6, date: { start: '2004-01-01' } }],
    })).toBe('1987 ban');
  });

  it('leaves a date list, and the comma that ends an apposition before its verb', () => {
    expect(label('The crew, Jan. 4, Feb. 5, left.', 'Feb. 5')).toBe('Crew left');
    expect(label('Marn, 44, of Tesk, Vt., became the subject of a search in November.', 'in November')).not.toMatch(/^Of Tesk/);
  });
});

describe('makeLabel: tenth round, read on unseen wire and business copy', () => {
  it('cuts no clause at a comma between two qualifiers of one noun', () => {
    expect(label('Tesk on Monday made a new, $12-a-unit bid for the paper maker.', 'on Monday'))
      .toBe('Tesk made a new, $12-a-unit bid for the paper maker');
  });

  it('still cuts at a comma before a speaker', () => {
    expect(label('Brel closed a plant, officials said Monday.', 'Monday')).toBe('Officials said Brel closed a plant');
  });
});

describe('makeLabel: a place and its country before the date', () => {
  it('keeps "Tesk, Varno" with the clause the date ends', () => {
    expect(label('More than 40 workers have died since a bomb ripped through a depot next to the city hall in Tesk, Varno Friday morning.', 'Friday morning'))
      .toBe('Bomb ripped through a depot next to the city hall in Tesk, Varno');
  });

  it('leaves a comma before a subject that the date does not end', () => {
    expect(label('After talks in Tesk, Brel Friday signed the deal.', 'Friday')).toBe('Brel signed the deal');
  });
});

describe('makeLabel: a sum restated in brackets', () => {
  it('blanks a sum written in words or with its currency country, and leaves no space before the comma after it', () => {
    expect(label("Traders pushed Brel's share price up six pence (ten U.S. cents) to 410 pence in Tesk yesterday.", 'yesterday'))
      .toBe("Traders pushed Brel's share price up six pence to 410 pence in Tesk");
    expect(label("In Tesk yesterday, Brel's shares were up 3 pence (4.8 cents), at 410 pence.", 'yesterday')).toBe("Brel's shares were up 3 pence, at 410 pence");
  });

  it('keeps a bracket that holds a name', () => {
    expect(label('The Tesk Rovers (the champions) lost on Sunday.', 'on Sunday')).toMatch(/champions/);
  });
});

describe('makeLabel: a state that ends the sentence', () => {
  it('keeps "Tesk, Mich." whole at the end of the sentence', () => {
    expect(label('The Brel plant closed yesterday in Tesk, Mich.', 'yesterday')).toBe('Brel plant closed in Tesk, Mich');
  });
});

describe('makeLabel: an adverb between commas', () => {
  it('does not cut the clause at an adverb set off by commas', () => {
    expect(label('Ms. Holm, head of Tessa Mills, left the board in May to run, unsuccessfully, for mayor of Tesk.', 'in May'))
      .toBe('Ms. Holm left the board to run for mayor of Tesk');
  });

  it('leaves a clause that ends at the adverb\'s comma as it was', () => {
    expect(label('The mill closed last year, sadly, after the flood.', 'last year')).toBe('Mill closed');
  });
});
