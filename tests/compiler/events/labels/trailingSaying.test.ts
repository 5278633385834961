import { label } from './label';

describe('makeLabel as a headline', () => {
  it('leaves out the link word a reported clause opens on', () => {
    const sentence = 'But talks with the dockers have resumed, a port official said Thursday.';
    expect(label(sentence, 'Thursday')).toBe('Port official said talks with the dockers have resumed');
    // "Butler" is a name, not the link word.
    expect(label('Butler Foods will close two plants, a company official said Thursday.', 'Thursday')).toMatch(/said Butler Foods will close/);
  });
});

describe('makeLabel: plans, and dates that open with "back"', () => {
  it('names what was said when the date belongs to a trailing "officials said Monday"', () => {
    expect(label('The mayor of Dorvale will open the new bridge on Thursday, officials said Monday.', 'Monday'))
      .toBe('Officials said the mayor of Dorvale will open the new bridge on Thursday');
    // Back over a short aside, not to the dateline.
    expect(label('ORVILLE (Wire) — The mayor will open the bridge on Friday in Dorvale, Kent, aides said Sunday.', 'Sunday'))
      .toBe('Aides said the mayor will open the bridge on Friday in Dorvale, Kent');
    // Left alone: the date of the reported clause, and a speaker whose date opens what they said.
    expect(label('The strike ended on Monday, the union said.', 'on Monday')).toBe('Strike ended');
    expect(label('Officials said on Friday that talks would resume.', 'on Friday')).toBe('Officials said that talks would resume');
  });
});

describe('makeLabel: what a trailing speaker said', () => {
  it('goes back over a clause that opens in lower case to where the said clause begins', () => {
    expect(label('Divers found a wreck near a reef off Kessaro, Norway, where a trawler sank, coast guard officials said Friday.', 'Friday'))
      .toMatch(/^Coast guard officials said divers found a wreck near a reef/i);
    expect(label('Three ports can now take larger ships, because the channel was dredged last spring, harbour master Ana Brel said Monday.', 'Monday', { people: ['Ana Brel'] }))
      .toMatch(/^(?:Harbour master )?Ana Brel said three ports can now take larger ships/i);
  });

  it('leaves a said clause that opens on a capital where it is', () => {
    expect(label('Talks resumed, Ana Brel said Monday.', 'Monday', { people: ['Ana Brel'] })).toMatch(/^Ana Brel said talks resumed$/i);
  });
});

describe('makeLabel: a prediction is a saying', () => {
  it('names what a trailing "X predicted Wednesday" foresaw', () => {
    expect(label('Shipping rates will double before the winter, the port authority predicted Wednesday.', 'Wednesday'))
      .toMatch(/^Port authority predicted shipping rates will double/i);
  });
});

describe('makeLabel: a saying with a short when-clause', () => {
  it('names what was said before ", X said when asked Tuesday" and ", officials said as night fell Monday"', () => {
    expect(label("``The fines stand,'' port director Lena Vick said when asked Tuesday about the dockers.", 'Tuesday'))
      .toBe('Port director Lena Vick said the fines stand');
    expect(label('The storm hurt 14 people and left 200 homeless, officials said as night fell Monday.', 'Monday'))
      .toBe('Officials said the storm hurt 14 people and left 200 homeless');
  });

  it('leaves a saying whose when-clause is a happening of its own, and a saying with more after its date', () => {
    expect(label('The mayor said when the storm hit on Monday that the dam would hold.', 'on Monday')).not.toMatch(/^Mayor said the dam/);
    expect(label('The roads were closed, officials said as crews cleared the pass on Monday.', 'on Monday')).not.toMatch(/^Officials said the roads/);
  });
});

describe('makeLabel: a saying with what the speaker did then', () => {
  it('labels "…,\'\' Vell said Monday before leaving the base" by what was said', () => {
    // (What was said is a quotation in the speaker's own "I": the label gives it after the speaker's name.)
    expect(label('``To the crews in Varno, I carry the thanks of the whole town,\'\' Vell said Monday before leaving Orlan Air Base.', 'Monday'))
      .toBe('Vell: I carry the thanks of the whole town');
  });

  it('leaves a saying followed by a clause of its own', () => {
    expect(label('Vell said Monday before the vote that she would stay.', 'Monday')).not.toMatch(/^Vell said I/);
  });
});

describe('makeLabel: a trailing saying with the wire\'s "here"', () => {
  it('labels what was said with its speaker when "here" stands between the verb and the date', () => {
    expect(label('The entry has changed the balance in the region, Prime Minister Ivo Marn said here Friday.', 'Friday'))
      .toBe('Prime Minister Ivo Marn said the entry has changed the balance in the region');
  });

  it('leaves a verb of the clause followed by "here"', () => {
    expect(label('Ivo Marn arrived here Friday for talks on the Tesk dam.', 'Friday')).toMatch(/^Ivo Marn arrived/);
  });
});

describe('makeLabel: a ruling closes a sentence as a saying does', () => {
  it('labels the ruling with what was ruled, reaching its verb past a relative clause', () => {
    expect(label('A ten-year-old girl who reached the coast on a raft must be sent back to her mother in Tarvo, immigration officials ruled Monday.', 'Monday'))
      .toBe('Immigration officials ruled a ten-year-old girl must be sent back to her mother…');
  });

  it('leaves a ruling that is the clause’s own verb', () => {
    expect(label('The harbour board ruled out a merger with Telsey on Monday.', 'on Monday')).toBe('Harbour board ruled out a merger with Telsey');
  });
});

describe('makeLabel: a trailing speaker reporting what an opening speaker said of himself', () => {
  const sentence = 'Ivo Marn said he would fetch his son alone if the authorities promised to hand the boy over, Castell said Sunday.';
  it('names the "he" of what was said by the opening speaker', () => {
    expect(label(sentence, 'Sunday', { attribution: { start: 0, end: 13 } })).toMatch(/^Castell said Ivo Marn would fetch his son alone/);
  });

  it('leaves what was said that opens on no pronoun', () => {
    const other = 'Ivo Marn said the talks would resume in the spring, Castell said Sunday.';
    expect(label(other, 'Sunday', { attribution: { start: 0, end: 13 } })).not.toMatch(/Ivo Marn would/);
  });
});

describe('makeLabel: a trailing saying with what it answered or where it was made', () => {
  it('keeps what was said when the saying goes on with "in response to" or "in a statement"', () => {
    expect(label('The navy may defend its ships, Norway said Friday in response to the strikes on the Tesk camps.', 'Friday'))
      .toBe('Norway said the navy may defend its ships');
    expect(label('The striker will miss the cup final against Tesk, the club said Monday in a statement.', 'Monday'))
      .toBe('Club said the striker will miss the cup final against Tesk');
  });

  it('leaves a saying whose date is followed by a place of its own', () => {
    expect(label('The striker will miss the final, the club said Monday in Tesk, where the team trains.', 'Monday')).not.toMatch(/said the striker/);
  });
});

describe('makeLabel: what a trailing speaker said, in its own case', () => {
  it('puts a sentence\'s opening capital back in lower case after "said" when the word is no name', () => {
    expect(label('New loans to small farms rose 12% in March, the Kessar central bank said Tuesday.', 'Tuesday'))
      .toBe('Kessar central bank said new loans to small farms rose 12% in March');
    expect(label('Preliminary tests link the missing hiker to a jacket found by the river, a police spokesman said Friday.', 'Friday'))
      .toMatch(/^Police spokesman said preliminary tests link the missing hiker/);
    expect(label('Three ports can now take larger ships, the harbour board said Monday.', 'Monday')).toBe('Harbour board said three ports can now take larger ships');
  });

  it('leaves a name, and a word that opens one, in capitals', () => {
    expect(label('New Varnia will hold early elections, the president said Tuesday.', 'Tuesday')).toBe('President said New Varnia will hold early elections');
    expect(label('Orlo Paper will close two mills, the union said Tuesday.', 'Tuesday')).toBe('Union said Orlo Paper will close two mills');
    expect(label('Higher Education Council staff will strike in June, the union said Tuesday.', 'Tuesday')).toMatch(/^Union said Higher Education Council staff/);
  });

  it('drops a long description before a known speaker\'s name when the whole would be cut, so what was said stays', () => {
    const sentence = 'Dorvale, Kessar and Orlo can now take part in the fleet\'s planning for the summer, deputy transport minister Ana Brel said Saturday.';
    expect(label(sentence, 'Saturday', { people: ['Ana Brel'] })).toMatch(/^Ana Brel said Dorvale, Kessar and Orlo can now take part in the fleet/);
    // Left alone: a label that fits, a speaker who is no known person, and a name after a link word ("a spokesman for …").
    expect(label('Talks resumed, transport minister Ana Brel said Saturday.', 'Saturday', { people: ['Ana Brel'] })).toBe('Transport minister Ana Brel said talks resumed');
    expect(label(sentence, 'Saturday')).toMatch(/^Deputy transport minister Ana Brel said/);
    const other = 'Dorvale, Kessar and Orlo can now take part in the fleet\'s planning for the summer, a spokesman for Tolan Brel said Saturday.';
    expect(label(other, 'Saturday', { people: ['Tolan Brel'] })).toMatch(/^Spokesman for Tolan Brel said/);
  });
});

describe('makeLabel: a trailing "according to" a dated document by someone', () => {
  it('labels what the document said with who wrote it, not the "according to" phrase', () => {
    expect(label('The ferry will resume sailing to Kessar at dawn, according to a statement Monday by the Orlo Port Authority.', 'Monday'))
      .toBe('Orlo Port Authority: Ferry will resume sailing to Kessar at dawn');
    expect(label('Two rovers will land near the crater rim, according to a press release issued Tuesday by Varnian space agency chief Ana Brel.', 'Tuesday', { people: ['Ana Brel'] }))
      .toBe('Ana Brel: Two rovers will land near the crater rim');
  });

  it('drops the dash a named aside leaves without its pair', () => {
    expect(label('The pilot -- Ivo Tomas Marn -- will appear before a judge in Dorvale, according to a statement Monday by the Orlo Port Authority.', 'Monday'))
      .toBe('Orlo Port Authority: Ivo Tomas Marn will appear before a judge in Dorvale');
  });

  it('leaves a document with no one named after it, and an "according to" with more after its date', () => {
    expect(label('The ferry will resume sailing at dawn, according to a statement released Monday.', 'Monday')).not.toMatch(/^Statement:/);
    expect(label('The ferry will resume sailing at dawn, according to a statement Monday by the port, which gave no reason.', 'Monday')).not.toMatch(/^Port:/);
  });
});
