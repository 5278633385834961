import { label } from './label';

describe('makeLabel: a date after a participle of the object', () => {
  it('labels what was signed, issued or delivered on the date, not the clause that mentions it', () => {
    expect(label('The ministers revived a treaty signed in 1994 by the two states.', 'in 1994')).toBe('Treaty signed by the two states');
    expect(label('Officials cited a report issued on Monday by the harbour board.', 'on Monday')).toBe('Report issued by the harbour board');
    expect(label('It was a risk Ana Brel spoke of in her well-known address delivered on March 5, 1961, at Kessaro College.', 'March 5, 1961'))
      .toBe('Her well-known address delivered');
  });

  it('leaves a period that ended, a figure reported and a relative clause', () => {
    expect(label('Revenue climbed 4% in the quarter ended June 30, the bakery said.', 'June 30')).not.toMatch(/^Quarter ended/);
    expect(label('Earnings will be lower than the 12 cents a share the bakery reported last year.', 'last year')).toMatch(/^Earnings will be lower/);
    expect(label('The court jailed the two men, ending a trial that opened in 2019.', 'in 2019')).toMatch(/trial/);
    // The participle with a subject of its own ("the bakery made") tells nothing made on the date.
    expect(label('Earnings will be lower than the 12 cents a share the bakery made last year.', 'last year')).toMatch(/^Earnings will be lower/);
    expect(label('Profit will trail the figure it made in 2019.', 'in 2019')).not.toMatch(/^Figure/);
  });
});

describe('makeLabel: a date right after a happening noun', () => {
  it('labels the noun, with who it came from, where the clause is in progress or only wished', () => {
    expect(label('In addition, the harbour board is reviewing an appeal last week from the ferry crew in Tesk, Ivo Marn, to reopen the pier.', 'last week'))
      .toBe('Appeal from the ferry crew in Tesk');
    expect(label('Orlan said he and Vell had been discussing the planned visit of Trade Minister Ana Kross in September.', 'in September'))
      .toBe('Visit of Trade Minister Ana Kross');
    expect(label('The mill wants the court to lift the ban issued Thursday and reopen the weir.', 'Thursday')).toBe('Ban issued');
  });

  it('leaves a clause whose own verb the date dates, and a plan that names who plans', () => {
    expect(label('The mayor made a visit on Monday to the port.', 'on Monday')).toBe('Mayor made a visit to the port');
    expect(label('The council will discuss the merger of the two ports on Friday.', 'on Friday')).toBe('Council will discuss the merger of the two ports');
    expect(label('The union is planning a strike in May.', 'in May')).toBe('Union is planning a strike');
    expect(label('The mill wants the court to hear the appeal on Friday.', 'on Friday')).toBe('Mill wants the court to hear the appeal');
  });
});

describe('makeLabel: a where-clause a date ends', () => {
  it('tells the clause with the place before "where"', () => {
    expect(label('The hair matched one found in a Tesk home where Ivo Marn, a 44-year-old driver, lived last year.', 'last year'))
      .toBe('Ivo Marn lived in a Tesk home');
    expect(label('She was raised in a farmhouse near Tesk where she was born in 1950.', 'in 1950')).toBe('She was born in a farmhouse near Tesk');
  });

  it('leaves a where-clause that goes on after its date, and a place one goes to', () => {
    expect(label('Police searched the house where the driver was arrested in 2009 and found nothing.', 'in 2009')).not.toMatch(/ in the house$/);
    expect(label('She went back to the village where she was born in 1950.', 'in 1950')).not.toMatch(/born to/);
  });
});

describe('makeLabel: tenth round, read on unseen wire and business copy', () => {
  it('labels a happening named as the cause or source of what the clause tells', () => {
    expect(label('Half-year profit held up on one-off gains, among them $6 million from the sale of Orlan Mills in May and a $2 million grant.', 'May'))
      .toBe('Sale of Orlan Mills');
    expect(label('Its costs rose, tied to the buy-out of a 40% stake in Orlan Co. from Varno Corp. last June.', 'last June'))
      .toBe('Buy-out of a 40% stake in Orlan Co. from Varno Corp');
  });

  it('leaves a level, and a happening noun whose clause goes on after the date', () => {
    expect(label('Prices rose from the level of last May.', 'last May')).toBe('Prices rose from the level');
    expect(label('Tesk moved from the sale of cars in 2019 to leasing.', '2019')).toBe('Tesk moved from the sale of cars to leasing');
  });

  it('labels a disaster named as the source of claims by its name', () => {
    expect(label('Brel Insurance began handling claims from the Northern Varno earthquake nearly two weeks ago.', 'two weeks ago'))
      .toBe('Northern Varno earthquake');
  });
});

describe('makeLabel: a date that ends a relative clause of a counted or bare noun', () => {
  it("labels a cause's noun by its own relative clause", () => {
    expect(label('A third man was charged in connection with the bombing of two banks in Tesk last year that killed 24 people.', 'last year'))
      .toBe('Bombing of two banks in Tesk killed 24 people');
  });

  it("leaves a cause's noun followed by a clause of another subject", () => {
    expect(label('A third man was charged in connection with the bombing of two banks in Tesk last year, and police searched his flat.', 'last year'))
      .not.toMatch(/searched/);
  });
});
