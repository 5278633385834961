import { label } from './label';

describe('makeLabel', () => {
  it('skips an opening date phrase and takes the main clause with its list', () => {
    expect(label('In the spring of 2018, after weeks of rain, the river flooded farms, roads, and two bridges.', 'In the spring of 2018'))
      .toBe('The river flooded farms, roads, and two bridges'.replace(/^The /, 'River ').replace('River river', 'River'));
  });
});

describe('makeLabel on a relative clause', () => {
  it('takes the main clause after a segment that is the date alone', () => {
    expect(label('A year ago, the company reported a net profit of 410 million euros.', 'A year ago')).toBe('Company reported a net profit of 410 million euros');
    expect(label('Two days later, production resumed.', 'Two days later')).toBe('Production resumed');
    // A dateline and its source tag are passed over on the way to the main clause.
    expect(label('YEREVAN, Sept 27 (Newswire) - Heavy fighting broke out on Sunday near the border.', 'Sept 27'))
      .toBe('Heavy fighting broke out on Sunday near the border');
  });

  it('gives the main clause after a date phrase of its own the subject that opens the sentence', () => {
    expect(label('The last major strike there, in the summer of 2019, lasted three weeks.', 'summer of 2019')).toBe('Last major strike there lasted three weeks');
  });
});

describe('makeLabel as a headline', () => {
  it('joins a subject to its verb across an apposition when a date opens the sentence', () => {
    expect(label('On Wednesday, Ana Brel, head of the port authority and the mayor’s closest ally, closed the north docks.', 'On Wednesday'))
      .toBe('Ana Brel closed the north docks');
    expect(label('Last week, the harbour master, on a visit to Tiel, asked the council for two new tugs.', 'Last week'))
      .toBe('Harbour master asked the council for two new tugs');
    // A subject with its verb in the same segment is left as it is.
    expect(label('On Monday, the river flooded farms, roads, and two bridges.', 'On Monday')).toBe('River flooded farms, roads, and two bridges');
  });
});

describe('makeLabel: plans, and dates that open with "back"', () => {
  it('reads "Back in May," as a date phrase that opens the main clause', () => {
    expect(label('Back in May, Brenmark Foods closed 63 stores.', 'May')).toBe('Brenmark Foods closed 63 stores');
    expect(label('The team came back in May to win the cup.', 'May')).toBe('Team came back to win the cup');
  });
});

describe('makeLabel: a count that opens the clause', () => {
  it('reads "About 100 dockers marched …" as the clause, not as a long phrase of "about"', () => {
    expect(label('About 100 dockers marched in front of the town hall in Tesk on Friday night, waving flags.', 'on Friday night'))
      .toBe('About 100 dockers marched in front of the town hall in Tesk');
  });

  it('still passes over a long opening phrase to the clause after it', () => {
    expect(label('In a statement issued Friday in Lund summing up the talks of the week, the agency said the port would reopen.', 'Friday'))
      .toMatch(/^Agency said the port would reopen/);
  });
});

describe('makeLabel: a long opening phrase that tells where', () => {
  it('gives the main clause when the date follows a place after a participle', () => {
    expect(label('In a long speech read on state radio Thursday, the general called the mayor a thief.', 'Thursday'))
      .toBe('General called the mayor a thief');
  });

  it('still names the noun a date follows after a verb in -ing', () => {
    expect(label('In a note released Monday in Oslo recounting sessions of the panel Saturday and Sunday, the board said the hearings would go on.', 'Saturday and Sunday'))
      .toBe('Sessions of the panel');
  });
});

describe('makeLabel: a participle aside between the subject and its verb', () => {
  it('joins the subject to the verb after the aside', () => {
    expect(label('But on April 8, rescuers, wondering how the climber could have survived the fall, searched the ravine and found a tent.', 'April 8'))
      .toBe('Rescuers searched the ravine and found a tent');
    expect(label('On Tuesday, investigators, citing new evidence, reopened the case of the missing tanker.', 'On Tuesday'))
      .toBe('Investigators reopened the case of the missing tanker');
  });

  it('leaves a participle after the verb where it is', () => {
    expect(label('On Monday, rescuers searched the ravine, hoping to find the climber.', 'On Monday')).toBe('Rescuers searched the ravine, hoping to find the climber');
  });
});

describe('makeLabel: a long opening phrase whose noun the date follows', () => {
  it('gives the main clause after trading or the phrase’s own noun', () => {
    expect(label('In heavy selling Friday on the Kesten bourse, Velmont stock dropped 62 cents to $17.40.', 'Friday'))
      .toBe('Velmont stock dropped 62 cents to $17.40');
    expect(label('In a penalty shootout Sunday at the Arena Norte before 20,000 fans, Real Tesk won the cup.', 'Sunday')).toBe('Real Tesk won the cup');
    expect(label('In a long speech Tuesday at the assembly of the northern provinces, the governor promised new roads.', 'Tuesday'))
      .toBe('Governor promised new roads');
  });
});
