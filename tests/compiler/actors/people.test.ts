import { run } from './runActors';

describe('extractActors people', () => {
  it('reads title + name with the country of the title', () => {
    const r = run('French President Emmanuel Macron visited the flooded towns.');
    expect(r.byId.get('emmanuel-macron')).toMatchObject({ kind: 'person', memberOf: ['france'] });
  });

  it('reads a name before a speech verb and binds later surnames', () => {
    const r = run('Maria Santos said the company would appeal. Santos declined further comment.');
    expect(r.ids(0)).toContain('maria-santos');
    expect(r.ids(1)).toEqual(['maria-santos']);
  });

  it('reads honorifics with a lone surname', () => {
    expect(run('Dr. Okafor led the vaccine trial.').byId.get('okafor')?.kind).toBe('person');
    expect(run('The Ministry of Health led the vaccine trial.').actors.some((a) => a.kind === 'person')).toBe(false);
  });

  it('reads a name whose title or role comes in an appositive after it, with the country named there', () => {
    const r = run('Lena Varga, her Hungarian counterpart, met the delegation on Monday.');
    expect(r.byId.get('lena-varga')).toMatchObject({ kind: 'person', memberOf: ['hungary'] });
    // A role noun a few words after the determiner.
    const detained = run('Border guards detained Tomas Berg, a wealthy property businessman, at the crossing.');
    expect(detained.byId.get('tomas-berg')?.kind).toBe('person');
  });

  it('does not make a person out of a place described after a comma', () => {
    const people = (t: string) => run(t).actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people('Crowds gathered in Port Elin, the regional capital, on Monday.')).toEqual([]);
    expect(people('Fighting reached New Harbor, a town of some 4,000 people.')).toEqual([]);
  });

  it('does not make a person out of capitalised place or weekday words', () => {
    expect(run('On Monday Heavy Rain fell.').actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('people introduced by a role or a first name', () => {
  it('reads a person after a role noun, but not the role noun alone', () => {
    expect(run('The record was set by cyclist Marek Duda in 2019.').byId.get('marek-duda')?.kind).toBe('person');
    expect(run('The cyclist said he was tired.').actors).toEqual([]);
  });

  it('reads a capital’s name as a first name before a surname', () => {
    expect(run('His lawyer, Sofia Brandt, said they would appeal.').byId.get('sofia-brandt')?.kind).toBe('person');
  });
});

describe('a title opening a list of titled people', () => {
  it('reads "Treasurer X" as a title, not as the first word of a name', () => {
    const r = run('Treasurer Olek Varga, Environment Minister Ana Lobo and Attorney General Rui Sola all voted on Friday.');
    expect(r.ids(0)).toEqual(expect.arrayContaining(['olek-varga', 'ana-lobo', 'rui-sola']));
    expect(r.byId.has('treasurer-olek-varga')).toBe(false);
  });

  it('leaves a treasurer without a name to no one', () => {
    const r = run('The club treasurer resigned on Friday.');
    expect(r.ids(0)).toEqual([]);
  });
});

describe('a name in apposition after a title or a role', () => {
  it('reads "the Chilean ambassador to Luma, Olek Varga," as a person of the title\'s country', () => {
    const r = run('The talks resumed after remarks by the Chilean ambassador to Luma, Olek Varga, in a lecture on Friday.');
    expect(r.byId.get('olek-varga')).toMatchObject({ kind: 'person', memberOf: ['chile'] });
    expect(run('Kessa Rail hired a new lawyer, Olek Varga, on Monday.').byId.get('olek-varga')?.kind).toBe('person');
    const s = run('Chilean Foreign Minister Ana Lobo and her Peruvian counterpart, Olek Varga, met on Monday.');
    expect(s.byId.get('olek-varga')?.memberOf).toEqual(['peru']);
  });

  it('leaves a list after a plain noun, and a body after a title, as they are', () => {
    const r = run('The fund bought stakes in three firms, Olek Varga and Lumo Bank, on Monday.');
    expect(r.byId.has('olek-varga')).toBe(false);
    expect(run('He met the lawyer, Kessa Rail and the court on Monday.').byId.get('kessa-rail')?.kind).toBe('organization');
  });
});

describe('people without a title, with initials', () => {
  it('reads a middle initial inside the name instead of ending the name on it', () => {
    const r = run('Senate leader Charles E. Schumer met Paula D. Rymer on Monday. Schumer said little.');
    expect(r.byId.get('charles-e-schumer')?.name).toBe('Charles E. Schumer');
    expect(r.byId.get('paula-d-rymer')?.kind).toBe('person');
    expect([...r.byId.keys()].some((id) => /-[a-z]$/.test(id))).toBe(false);
    expect(r.ids(1)).toEqual(['charles-e-schumer']);
  });

  it('reads a full name that opens with a known first name, or carries an age, as a person', () => {
    expect(run('The board added restructuring expert Alan Corrigan as a director.').byId.get('alan-corrigan')?.kind).toBe('person');
    expect(run('Torvald Ashby, 66, was arrested on Wednesday.').byId.get('torvald-ashby')?.kind).toBe('person');
  });

  it('does not make a person of a thing named after "the", whatever verb follows', () => {
    const r = run('The Valmont Grand Prix was won by Ola Berg on Sunday.');
    expect(r.byId.has('grand-prix')).toBe(false);
    expect(r.byId.has('valmont-grand-prix')).toBe(false);
    expect(r.byId.get('ola-berg')?.kind).toBe('person');
  });

  it('reads a capitalised role opening the sentence as a title, not as part of the name', () => {
    const r = run('Writer Mira Kos became president of the republic in 1992.');
    expect(r.byId.get('mira-kos')?.kind).toBe('person');
    expect(r.byId.has('writer-mira-kos')).toBe(false);
  });
});

describe('storms named like people', () => {
  it('reads "Hurricane Vela" as a storm, not a person, and its bare name and "it" as the storm', () => {
    const r = run('Hurricane Vela made landfall near Harbourton. Vela was moving north at 10 mph. It was expected to reach the coast on Wednesday.');
    expect(r.byId.get('hurricane-vela')).toMatchObject({ kind: 'group', name: 'Hurricane Vela' });
    expect(r.ids(1)).toEqual(['hurricane-vela']);
    expect(r.ids(2)).toEqual(['hurricane-vela']);
    expect(r.actors.some((a) => a.kind === 'person')).toBe(false);
  });

  it('reads "Tropical Storm Ana" as a storm and "Tropical Medicine Reports" as none', () => {
    expect(run('Tropical Storm Ana hit the coast on Monday.').byId.get('tropical-storm-ana')?.kind).toBe('group');
    expect(run('The study appeared in Tropical Medicine Reports on Monday.').actors.some((a) => a.kind === 'group')).toBe(false);
  });

  it('leaves a person whose name is no storm\'s alone, and an expletive "it is expected that"', () => {
    const r = run('Vela Ramos won the race. It was expected that prices would rise.');
    expect(r.byId.get('vela-ramos')?.kind).toBe('person');
    expect(r.ids(1)).toEqual([]);
  });
});

describe('a person known by one name', () => {
  it('reads one name with a person\'s title in commas after it, then a saying, as a person', () => {
    const r = run("Kariuki, the tribunal's civil records director, said on Wednesday that the panel would sit.");
    expect(r.byId.get('kariuki')?.kind).toBe('person');
    expect(r.ids(0)).toEqual(['kariuki']);
  });

  it('leaves a country or a name without the saying alone', () => {
    expect(run("Peru, the region's largest exporter, said on Monday it would cut output.").byId.get('peru')?.kind).toBe('country');
    expect(run("Kariuki, the tribunal's civil records director, walked out on Monday.").byId.has('kariuki')).toBe(false);
  });
});


describe('a name the article gives a person\'s cue: kin, an age, "who"', () => {
  it('reads "X\'s father", "6-year-old X" and "X, 44," as a person, the full name with it', () => {
    const r = run('Anel Voss was found at sea in May. The 6-year-old Anel is staying with an uncle. Anel\'s father wants him home.');
    expect(r.byId.get('anel-voss')?.kind).toBe('person');
    expect(r.ids(1)).toEqual(['anel-voss']);
    expect(r.ids(2)).toEqual(['anel-voss']);
    const s = run('The leader blamed Lazar Ravel Munak for the trip. Munak, 44, fled in June.');
    expect(s.ids(0)).toEqual(['lazar-ravel-munak']);
    expect(s.ids(1)).toEqual(['lazar-ravel-munak']);
    expect(run('Calder\'s brother said on Monday the shop would close.').byId.get('calder')?.kind).toBe('person');
  });

  it('leaves a club with "who" after it, a country\'s possessive and a kin word used of a thing alone', () => {
    expect(run('Brenford beat Castlegate 2-0 on Saturday. Castlegate, who had won five in a row, fell to third.').actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(run('Peru\'s father of the nation died in 1990.').byId.get('peru')?.kind).toBe('country');
    expect(run('The mother ship Valmora sailed on Monday.').actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(run('Tributes flowed in for the 27-year-old Harbour City full back on Monday.').actors).toEqual([]);
    const r = run('Pablo Ruiz won the vote. Applauding Ruiz\'s father, the crowd sang. Ruiz, 60, led the count.');
    expect(r.actors.map((a) => a.id)).toEqual(['pablo-ruiz']);
    expect(r.ids(2)).toEqual(['pablo-ruiz']);
  });
});

describe('a surname after a full name written with and without its middle initial', () => {
  it('binds the surname to the one person both forms name', () => {
    const r = run('Warrants were issued for Tomas R. Lindqvist on Monday. Police said Tomas Lindqvist fled. Lindqvist faces two charges.');
    expect(r.ids(2)).toEqual(['tomas-r-lindqvist']);
  });

  it('leaves the surname unbound when two different people carry it', () => {
    const r = run('Warrants were issued for Tomas R. Lindqvist on Monday. Police said Erik Lindqvist fled. Lindqvist faces two charges.');
    expect(r.ids(2)).toEqual([]);
  });
});

describe('one name in apposition to a person\'s kin', () => {
  it('reads "his son, Tomas" and "her daughter Mira" as people, and "its sister company, Lumo" as no one', () => {
    const r = run('Ivo Brenner flew to Lima on Thursday to see his son, Tomas. Tomas has lived there since May.');
    expect(r.byId.get('tomas')?.kind).toBe('person');
    const s = run('Ana Roth said her daughter Mira would stay. Mira has asked for asylum.');
    expect(s.byId.get('mira')?.kind).toBe('person');
    const t = run('Halden Mills Inc. merged with its sister company, Lumo. Lumo had cut 200 jobs.');
    expect(t.byId.get('lumo')?.kind).not.toBe('person');
  });
});

describe('words that look like a name and are none', () => {
  it('makes no person of a place whose name opens with "Mount", "Fort" or "Port", and keeps a person beside it', () => {
    expect(run('The school now in Mount Carrow can move to the county, the board said.').actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(run('Fort Ellery will host the final on Sunday, organisers said.').actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(run('Port Dunsel reopened its ferry terminal on Monday.').actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(run('Tomas Brenner will host the final at Fort Ellery on Sunday.').actors.map((a) => a.name)).toEqual(['Tomas Brenner']);
    expect(run('Mira Porter said the ferry terminal reopened on Monday.').byId.get('mira-porter')?.kind).toBe('person');
  });

  it('makes no person of a sentence adverb before a title and a saying', () => {
    expect(run('Nevertheless, the mayor said the port would stay open.').actors).toEqual([]);
    expect(run('Mugo, the mayor, said the port would stay open.').byId.get('mugo')?.kind).toBe('person');
  });

  it('reads a police rank as a title, not as a word of the name', () => {
    const r = run('Chief Superintendent Ana Lobo said the bomb was found near the border.');
    expect(r.actors.map((a) => a.name)).toEqual(['Ana Lobo']);
  });

  it('makes no person of a make and model after its model year, and keeps a name after a year that opens a sentence', () => {
    expect(run('Brenner’s 1994 Harlan Tourer was found at the port.').actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(run('In 1994 Tomas Brenner was arrested at the port.').byId.get('tomas-brenner')?.kind).toBe('person');
  });

  it('reads a word in -ing opening the sentence as a participle before the name, not its first word', () => {
    expect(run('Chanting Tomas Brenner must resign, the dockers marched to the port.').actors.map((a) => a.name)).toEqual(['Tomas Brenner']);
    expect(run('Citing Ana Lobo, the paper said the port would close.').actors.map((a) => a.name)).toEqual(['Ana Lobo']);
    expect(run('Tomas Brenner was chanting at the port.').actors.map((a) => a.name)).toEqual(['Tomas Brenner']);
    expect(run('Judge Ana Harding heard the case. Harding Brenner was not in court, said the clerk.').actors.map((a) => a.name)).toContain('Harding Brenner');
  });
});

describe('a month name that is also a first name', () => {
  it('reads "Foreign Minister Jan Kovar", "May Tan spoke" as whole names, and "he" after as that person', () => {
    const r = run('Peruvian Foreign Minister Jan Kovar said he would fly to Quito. May Tan spoke.');
    expect(r.ids(0)).toContain('jan-kovar');
    expect(r.mentions[0]!.find((m) => m.text === 'he')?.actorId).toBe('jan-kovar');
    expect(r.ids(1)).toEqual(['may-tan']);
  });

  it('leaves a month as a date after a date word, before a number, or before a known name', () => {
    expect(run('In May Chile voted.').ids(0)).toEqual(['chile']);
    expect(run('On Jan. 13 Peru agreed.').ids(0)).toEqual(['peru']);
    expect(run('Since June Lena Ruiz has led the party.').ids(0)).toEqual(['lena-ruiz']);
    expect(run('The talks resumed in May.').ids(0)).toEqual([]);
  });
});

describe('a royal title before one name, and a title word after a particle', () => {
  it('reads "Crown Prince Harun", "Princess Lia" and "Sultan Omar" as people, with no body called "Crown"', () => {
    expect(run('Crown Prince Harun said on Sunday the talks failed.').ids(0)).toEqual(['harun']);
    expect(run('Crown Prince Harun said on Sunday the talks failed.').byId.get('harun')?.memberOf).toEqual([]);
    expect(run('Princess Lia opened the bridge on Sunday.').ids(0)).toEqual(['lia']);
    expect(run('Sultan Omar said on Sunday the talks failed.').ids(0)).toEqual(['omar']);
  });

  it('keeps "Sultan" inside a name after "bin": "Prince Tariq bin Sultan"', () => {
    expect(run('Prince Tariq bin Sultan, the envoy, said on Sunday.').ids(0)).toEqual(['tariq-bin-sultan']);
  });

  it('leaves a place named after a prince alone ("Prince Edward Island")', () => {
    expect(run('Prince Edward Island voted on Sunday.').actors).toEqual([]);
  });
});

describe('a name in apposition to a body’s noun', () => {
  it('makes no person of "the new company, Harlow Mills, could …" nor of "the unit, now called Kessa Works,"', () => {
    expect(run('The new company, Harlow Mills, could be listed next year.').byId.get('harlow-mills')?.kind).not.toBe('person');
    expect(run('The unit, now called Kessa Works, said it would grow.').byId.get('kessa-works')?.kind).not.toBe('person');
  });

  it('still reads a person after a title in commas ("The party’s leader, Ana Brel, said")', () => {
    expect(run('The party’s leader, Ana Brel, said it would win.').byId.get('ana-brel')?.kind).toBe('person');
    expect(run('Its chairman, Olek Varga, said nothing.').byId.get('olek-varga')?.kind).toBe('person');
  });
});

describe('a surname with an apostrophe after its first capital', () => {
  it('reads "Denise E. O’Donnell" and "Ana O\'Neill" whole, and the surname after', () => {
    const r = run("U.S. Attorney Ana E. O'Neill declined to comment. O'Neill said no.");
    expect(r.ids(0)).toContain('ana-e-oneill');
    expect(r.ids(1)).toEqual(['ana-e-oneill']);
    expect([...r.byId.keys()]).not.toContain('neill');
  });
});

describe('a place and a party’s member describe someone, no name', () => {
  it('makes no person of "an Ostrel Republican"', () => {
    expect(run('Already one grandstanding Ostrel Republican has subpoenaed the boy to testify.').actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('leaves alone a person’s name that holds no party word, before and after one', () => {
    const r = run('Ana Roth, a Republican, said on Monday she would run.');
    expect(r.byId.get('ana-roth')?.kind).toBe('person');
  });
});

describe('a full name in apposition after kin', () => {
  it('reads the name after "X\'s great-uncle," or "her brother," as a person, whatever follows', () => {
    const r = run("A judge heard a plea from Marta's great-uncle, Lazlo Quevara.");
    expect(r.byId.get('lazlo-quevara')?.kind).toBe('person');
    expect(r.ids(0)).toContain('lazlo-quevara');
    expect(run('On Monday her brother, Ozren Talvik, stayed home.').byId.get('ozren-talvik')?.kind).toBe('person');
  });

  it('leaves alone a company in apposition to a body\'s noun, and kin without a name', () => {
    expect(run('Her father, Kessa Motors, sold it.').byId.get('kessa-motors')?.kind).toBe('organization');
    expect(run("Marta's great-uncle, who lives in Luma, filed a petition.").actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Marta', "Marta's great-uncle"]);
  });
});

describe('a surname alone between two people of a list', () => {
  it('is a person too ("Ana Roth, Berg and defense secretary Olek Varga")', () => {
    const r = run('Meanwhile, state secretary Ana Roth, Berg and defense secretary Olek Varga set out plans for next week.');
    expect(r.byId.get('berg')?.kind).toBe('person');
    expect(r.ids(0)).toEqual(['ana-roth', 'berg', 'olek-varga']);
  });

  it('leaves alone a country, an acronym, and a word not between two people', () => {
    expect(run('Ana Roth, Peru and Olek Varga signed the pact.').byId.get('peru')?.kind).toBe('country');
    expect(run('Ana Roth, NATO and Olek Varga signed the pact.').byId.get('nato')?.kind).toBe('organization');
    expect(run('Ana Roth and Berg met Olek Varga on Friday.').byId.has('berg')).toBe(false);
    expect(run('Ana Roth, Kessa and the ministry signed the pact.').byId.has('kessa')).toBe(false);
  });
});

describe('a name in apposition after a title that opens the sentence', () => {
  it('reads "The Chilean foreign minister, Olek Varga, who ..." as a person of Chile', () => {
    const r = run('The Chilean foreign minister, Olek Varga, who lived in Lima until 1990, said he was glad.');
    expect(r.byId.get('olek-varga')).toMatchObject({ kind: 'person', memberOf: ['chile'] });
  });

  it('leaves a capitalised body after "The ... minister," alone', () => {
    expect(run('The foreign minister, Harbour Shipping Corp. and the unions met on Monday.').byId.get('harbour-shipping')?.kind).toBe('organization');
  });
});

describe('a place of two words before a title', () => {
  it('makes no body of the second word of "New Harbour governor X"', () => {
    const r = run('New Harbour governor Ana Pataki toured five counties.');
    expect(r.actors.map((a) => a.id)).toEqual(['ana-pataki']);
  });

  it('still reads one capitalised word before a title as the body', () => {
    expect(run('Harbour governor Ana Pataki toured five counties.').byId.get('ana-pataki')?.memberOf).toEqual(['harbour']);
  });
});

describe('a title with "of" and its portfolio before a full name', () => {
  it('reads "Chief of Staff John Vardell" as the person, and his surname after', () => {
    const r = run('Mayor Ana Kane informed Chief of Staff John Vardell that he had lost support. Vardell was told on Monday.');
    expect(r.byId.get('john-vardell')?.kind).toBe('person');
    expect(r.byId.has('vardell')).toBe(false);
    expect(r.ids(1)).toEqual(['john-vardell']);
  });

  it('leaves a body after "Court of" and a portfolio word with no first name after it', () => {
    expect(run('The Court of Harbour Claims Ana Roth visited ruled on Monday.').byId.has('ana-roth')).toBe(false);
    expect(run('Minister of Harbour Vardell resigned on Monday.').byId.has('vardell')).toBe(false);
  });
});

describe('a first name before the surname of a person the article names', () => {
  const text = "During a drive to bring Toma Ruiz back to Varnia, President Olek Brandt announced the boy's father could fly. A trip alone by the father, Juan Pablo Ruiz, looked unlikely. Ruiz said on Tuesday he would go. Toma was rescued in November.";

  it('reads another person of that family, known later by the first name, never a body', () => {
    const r = run(text);
    expect(r.byId.get('toma-ruiz')?.kind).toBe('person');
    expect(r.ids(3)).toEqual(['toma-ruiz']);
    expect(r.actors.some((a) => a.kind === 'organization')).toBe(false);
  });

  it('leaves the surname alone to the one who had it first', () => {
    expect(run(text).ids(2)).toEqual(['juan-pablo-ruiz']);
  });

  it('leaves a word the article writes as a place before the surname', () => {
    expect(run('Lazo Ruiz said on Monday the family would wait. Aides thought Harbourton Ruiz supporters were calm.').byId.get('harbourton-ruiz')?.kind).toBe('person');
    expect(run('Lazo Ruiz said on Monday the family would wait. Relatives in Harbourton thought Harbourton Ruiz supporters were calm.').byId.has('harbourton-ruiz')).toBe(false);
  });
});

describe('a name a body\'s word or a body\'s part makes a body\'s', () => {
  const people = (t: string) => run(t).actors.filter((a) => a.kind === 'person').map((a) => a.name);

  it('reads no person in a name holding a word only bodies\' names hold, nor in its first words written alone', () => {
    expect(people('Edwin Marlow Federal Savings amp Loan Bank will cut 40 jobs. Edwin Marlow rose 20 cents.')).toEqual([]);
    expect(people('Talvik\'s High Yield Bond Portfolio, worth $2 billion, lost $90 million since May.')).toEqual([]);
    expect(people('"Rents rose again," said Caldera International\'s Ruiz, a housing economist at Caldera International University.')).not.toContain('Caldera International');
  });

  it('reads no person in a name the article writes before a body\'s part ("Lumo\'s Brin Foods unit")', () => {
    expect(people('The sale trims Lumo\'s Brin Foods unit. "Lumo and Brin Foods will focus on snacks," Ana Roth said.')).toEqual(['Ana Roth']);
  });

  it('still reads people whose names share no such word, or who lead such a body', () => {
    expect(people('Edwin Marlow, chairman of Marlow Federal Savings Bank, said on Monday he would retire.')).toContain('Edwin Marlow');
    expect(people('Ana Roth said the union would strike on Monday.')).toEqual(['Ana Roth']);
  });
});
