import { label } from './label';

describe('makeLabel: a deadline inside what was ruled or said', () => {
  it('labels the deadline by what must happen, not by the ruling', () => {
    expect(label('The water board ruled Monday that the mill must close its sluices by June 1.', 'June 1'))
      .toBe('Mill must close its sluices');
    expect(label('Faced with the protests, the council decided the depot should move by next spring.', 'next spring'))
      .toBe('Depot should move');
  });

  it('leaves the ruling its own date, and a deadline that no ruling or saying requires', () => {
    expect(label('The water board ruled Monday that the mill must close its sluices by June 1.', 'Monday')).toMatch(/^Water board ruled/);
    expect(label('The mill closed its sluices by June 1.', 'June 1')).toMatch(/^Mill closed its sluices/);
  });
});

describe('makeLabel: a date set as a deadline', () => {
  it('names the deadline by what it is for', () => {
    expect(label('The port board had ruled that the barge must leave, and named Thursday as the deadline for its removal from the quay.', 'Thursday'))
      .toBe('Deadline for its removal from the quay');
    // Whose deadline it is: a name that set it (a description, "The port board", is left out).
    expect(label('Orvik has fixed May 2 as the final deadline for bids.', 'May 2')).toBe('Orvik’s final deadline for bids');
    expect(label('Tesk Mills set Nov. 3 as the deadline for offers for its dairy unit.', 'Nov. 3')).toBe('Tesk Mills’s deadline for offers for its dairy unit');
    expect(label('The union fixed Friday as its final deadline for a reply from the port.', 'Friday')).toBe('Final deadline for a reply from the port');
  });

  it('leaves a date set aside for something else', () => {
    expect(label('The council set Friday aside for the vote.', 'Friday')).not.toMatch(/^Deadline/);
  });
});

describe('makeLabel: a deadline after what binds or plans the deed', () => {
  it('labels the deadline by the noun and its deed, with whose it is', () => {
    expect(label('The two cities, which fund the river talks that are meant to end by May, asked the guild to return two weeks ago.', 'May'))
      .toBe('River talks are meant to end');
    expect(label('The aunt said the family would try to overturn Wednesday\'s ruling by the Land Tribunal to send the girl abroad by Jan. 14.', 'Jan. 14'))
      .toBe('Ruling by the Land Tribunal to send the girl abroad');
    expect(label('The minister allowed the extension after rejecting a county court order that the mill stay shut until March 6 to hear the owners.', 'March 6'))
      .toBe('County court order that the mill stay shut');
    expect(label('Chancellor Orlan\'s promise to halve unemployment by 2000 has failed.', '2000')).toBe('Chancellor Orlan\'s promise to halve unemployment');
  });

  it('leaves a deadline without such a noun, and an offer made to someone', () => {
    expect(label('The union said the mill would close by March 6.', 'March 6')).toBe('Union said the mill would close');
    expect(label('Brenmark plans to cut 400 jobs by 2025.', '2025')).toBe('Brenmark plans to cut 400 jobs');
    expect(label('If the owners post a bid to members by Nov. 22, the board will meet.', 'Nov. 22')).not.toMatch(/^Bid/);
  });
});
