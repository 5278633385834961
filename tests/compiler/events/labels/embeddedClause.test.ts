import { label } from './label';

describe('makeLabel: a date whose nearest verb is that of a clause inside the main one', () => {
  it('labels what a saying reports when the date is the report’s, not the saying’s', () => {
    expect(label('At the harbour, coast guard spokesman Ivo Marn said the navy towed the Kelda to Tesk in the early hours of Monday morning.', 'Monday morning'))
      .toBe('Navy towed the Kelda to Tesk');
    expect(label('Varno officials said Brenmark troops shelled two villages near Ostra on Sunday.', 'on Sunday'))
      .toBe('Brenmark troops shelled two villages near Ostra');
    // After "that", past a place the saying was made in.
    expect(label('An aide to the envoy announced in Tesk that the delegation would fly to Ostra Friday with its interpreters.', 'Friday'))
      .toBe('Delegation would fly to Ostra with its interpreters');
    // A saying verb after a participle of its subject ("attributed to").
    expect(label('Reports attributed to the port board said the Orlo ferry line will halve its sailings in March.', 'March'))
      .toBe('Orlo ferry line will halve its sailings');
  });

  it('labels a relative clause said of a noun after a main clause that tells a state', () => {
    expect(label('The mill, which was the subject of a lawsuit that led to a $3 million award this week in favour of its neighbours, stays shut.', 'this week'))
      .toBe('Lawsuit led to a $3 million award in favour of its neighbours');
  });

  it('leaves the main clause its date', () => {
    // The date right after the saying is the saying's.
    expect(label('Varno officials said Sunday that Brenmark troops shelled two villages.', 'Sunday')).toMatch(/^Varno officials said/);
    // A pronoun or a possessive subject of the report: who it is, the whole saying tells.
    expect(label('Mayor Ana Brel said her council would open talks with the union on Wednesday.', 'on Wednesday')).toMatch(/^Ana Brel said|^Mayor Ana Brel said/);
    expect(label('The port board said it closed the quay on Monday.', 'on Monday')).not.toMatch(/^It\b/);
    // A past perfect in the report was before the saying: the date after it is the saying's.
    expect(label('The board warned that the ferry talks had failed on Monday.', 'on Monday')).toMatch(/^Board warned/);
    // A report that tells a state: when it held is the saying's.
    expect(label('The ministry said the bridge was safe on Friday.', 'on Friday')).not.toMatch(/^Bridge/);
    // A passive "declared" is no saying.
    expect(label('Its planned share sale was declared effective and the firm will mail the papers next month.', 'next month'))
      .not.toMatch(/^Effective/);
    // The date's nearest clause is a when-clause inside the report: that rule's, not this one's.
    expect(label('Ana Brel also noted that Orlan joined the board when the bank was sold in 2001.', '2001')).not.toMatch(/^Orlan joined/);
    // After a deed, a relative clause on its object shares the deed's date.
    expect(label('The captain showed off the cup to 60,000 fans who gave the crew a welcome in Tesk on Tuesday.', 'on Tuesday'))
      .toMatch(/^Captain showed off the cup/);
  });
});
