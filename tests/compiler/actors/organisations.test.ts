import { run } from './runActors';

describe('extractActors organizations and groups', () => {
  it('makes institutions from a demonym or a possessive country', () => {
    const r = run('Japan’s Defense Ministry said a missile fell into the sea.');
    expect(r.byId.get('japanese-defense-ministry')?.memberOf).toEqual(['japan']);
    const s = run('The Ministry of Foreign Affairs of Kazakhstan summoned the envoy.');
    expect(s.byId.get('kazakhstani-foreign-ministry')?.memberOf).toEqual(['kazakhstan']);
  });

  it('makes groups of people from a demonym and a group noun', () => {
    const r = run('Chilean students marched through the capital.');
    expect(r.byId.get('chilean-students')).toMatchObject({ kind: 'group', memberOf: ['chile'] });
    expect(run('Chilean officials said nothing.').actors.map((a) => a.id)).toEqual(['chile']);
  });

  it('reads named parties and companies', () => {
    expect(run('The Civil Contract Party won the election.').byId.get('civil-contract-party')?.kind).toBe('organization');
    // Filed without its company form, as the same company named without it elsewhere.
    expect(run('Shares of Northwind Corp rose.').byId.get('northwind')?.aliases).toEqual(['Northwind Corp']);
  });
});

describe('extractActors: named bodies with "and" or a plural possessive', () => {
  it('reads "the Metal and Electrical Workers\' Union" and "the Port Operators\' Association" whole', () => {
    const r = run("The Metal and Electrical Workers' Union said on Tuesday it would strike. The Kessaro Port Operators' Association offered 6%.");
    expect(r.byId.get('metal-and-electrical-workers-union')).toMatchObject({ kind: 'organization', name: "Metal and Electrical Workers' Union" });
    expect(r.byId.get('kessaro-port-operators-association')?.kind).toBe('organization');
  });

  it('does not join two countries into one body across "and"', () => {
    expect(run('Armenia and Azerbaijan Union talks stalled.').actors.map((a) => a.id)).not.toContain('armenia-and-azerbaijan-union');
  });
});

describe('extractActors: places listed with a country', () => {
  it('reads every one-word item of a list of places as one, a first name too after "in"', () => {
    const r = run('Polls in Marissa, Dravonia and Peru were scheduled to close on Tuesday.');
    expect(r.ids(0)).toEqual(['marissa', 'dravonia', 'peru']);
  });

  it('leaves a town before its country, and a person opening a list without a preposition, alone', () => {
    const r = run('A quake near Harbourton, Peru, killed four on Monday. Anna, Bolivia and Ecuador met on Friday.');
    expect(r.actors.map((a) => a.id).sort()).toEqual(['bolivia', 'ecuador', 'peru']);
  });
});

describe('extractActors: actors the gazetteer lacks', () => {
  it('finds a country by what a state has, then binds its demonyms and bare name', () => {
    const r = run('Qadria’s interior minister resigned on Monday. Qadrian troops crossed the river. Later, Qadria closed its border.');
    expect(r.byId.get('qadria')?.kind).toBe('country');
    expect(r.ids(1)).toContain('qadria');
    expect(r.ids(2)).toContain('qadria');
  });

  it('does not make a country of a person whose government is meant', () => {
    const r = run('Prime Minister Elsa Marrow said the plan was dead. Marrow’s government collapsed a week later.');
    expect(r.byId.get('marrow')).toBeUndefined();
    expect(r.byId.get('elsa-marrow')?.kind).toBe('person');
  });

  it('finds a country from a derived demonym or from coordination with a known one', () => {
    expect(run('Sundovo said talks would resume. Sundovan officials confirmed it.').byId.get('sundovo')?.kind).toBe('country');
    expect(run('Fighting broke out between Belmark and Armenia.').byId.get('belmark')?.kind).toBe('country');
    // A word inside a longer place name is not a country.
    expect(run('Ships docked at Port Velen and Armenia protested.').byId.has('velen')).toBe(false);
  });

  it('reads named bodies, their short forms and "the company"', () => {
    const r = run('Talvik Shipping said on Monday it would cut 300 jobs. Talvik shares fell 4%. The company blamed energy prices.');
    expect(r.byId.get('talvik-shipping')?.kind).toBe('organization');
    expect(r.ids(1)).toEqual(['talvik-shipping']);
    expect(r.ids(2)).toEqual(['talvik-shipping']);
  });

  it('does not make actors of sentence-initial common words', () => {
    const r = run('However, officials said the vote would go ahead. Officials declined to comment.');
    // No body called "However" or "Officials"; only the group of officials that says something.
    expect(r.actors.map((a) => [a.id, a.kind])).toEqual([['officials', 'group']]);
  });

  it('reads "Organisation for ..." names with their abbreviation', () => {
    const r = run('Monitors from the Organisation for Cooperation in the Dune Basin (OCDB) arrived. The OCDB said the truce held.');
    expect(r.byId.get('organisation-for-cooperation-in-the-dune-basin')?.aliases).toContain('OCDB');
    expect(r.ids(1)).toEqual(['organisation-for-cooperation-in-the-dune-basin']);
  });

  it('makes a demonym + Air Force an organization of that country', () => {
    expect(run('A Chilean Air Force plane landed.').byId.get('chilean-air-force')?.memberOf).toEqual(['chile']);
  });
});

describe('a city\'s police named as a body', () => {
  it('reads "Valmont Police" as a body, and leaves a lower-case "police" alone', () => {
    expect(run('The Valmont Police arrested two men on Monday.').ids()).toEqual(['valmont-police']);
    expect(run('Valmont police arrested two men on Monday.').actors.some((a) => a.id === 'valmont-police')).toBe(false);
  });
});

describe('a body named by a capitalised word before a lower-case noun of a body', () => {
  it('reads "the Halden organization" and "the Korda administration" as bodies', () => {
    const r = run('The Halden organization said the prize was deserved. The Korda administration imposed tariffs on Monday.');
    expect(r.ids(0)).toEqual(['halden-organization']);
    expect(r.ids(1)).toEqual(['korda-administration']);
    expect(r.byId.get('korda-administration')?.kind).toBe('organization');
  });

  it('leaves a country\'s government to the country\'s rules, and a noun that names no body alone', () => {
    expect(run('The Chilean government resigned on Monday.').ids()).not.toContain('chilean-government-organization');
    expect(run('The Chilean government resigned on Monday.').ids()).toContain('chile');
    expect(run('The Halden store opened on Monday.').ids()).toEqual([]);
    expect(run('A Halden committee met on Monday.').ids()).toEqual([]);
  });
});

describe('groups named by a faith or a party', () => {
  it('reads "Muslim clerics", "Democratic leaders" and "Labour MPs" as groups', () => {
    const r = run('Muslim clerics met the judge. Democratic leaders agreed on Friday. Labour MPs voted against it.');
    expect(r.ids(0)).toEqual(['muslim-clerics']);
    expect(r.ids(1)).toEqual(['democratic-leaders']);
    expect(r.ids(2)).toEqual(['labour-mps']);
    expect(r.byId.get('muslim-clerics')?.kind).toBe('group');
  });

  it('leaves a party\'s own name and a lower-case adjective alone', () => {
    expect(run('The Democratic Party won on Sunday.').ids()).toEqual(['democratic-party']);
    expect(run('Some conservative voters stayed home.').ids()).toEqual([]);
  });
});

describe('extractActors: a clipped short form of a body', () => {
  it('reads "the Fed" as the two-word body whose first word it opens, and joins a titled person to it', () => {
    const r = run('Kestrel Federal Reserve President Ana Vell said on Monday the Fed is still on course. On Thursday, Federal Chair Ola Brun said she expected a rate rise.');
    expect(r.byId.get('federal-reserve')).toMatchObject({ kind: 'organization', aliases: ['Fed'] });
    expect(r.byId.get('ana-vell')?.memberOf).toEqual(['federal-reserve']);
    expect(r.ids(0)).toContain('federal-reserve');
  });

  it('leaves a brand written without "the" alone, though a longer word starts like it', () => {
    const r = run('Analysts said Dorn would build a plant on Monday. Dornfeld University welcomed the plan.');
    expect(r.byId.get('dorn')?.name).toBe('Dorn');
    expect(r.byId.get('dornfeld-university')?.aliases ?? []).not.toContain('Dorn');
  });
});

describe('extractActors: a department named after its country', () => {
  it('reads "the Peru Commerce Department" as written, a member of the country, and a department closed by its head', () => {
    const r = run('The Peru Commerce Department said Monday that wages climbed. The Kestrel Water Department said it would appeal.');
    expect(r.byId.get('peru-commerce-department')).toMatchObject({ kind: 'organization', name: 'Peru Commerce Department', memberOf: ['peru'] });
    expect(r.byId.get('kestrel-water-department')?.kind).toBe('organization');
  });

  it('leaves a country before lower-case words or a title alone', () => {
    const r = run('Peru officials met on Monday. Peru Trade Minister Ana Lobo said the department would reply.');
    expect(r.actors.map((a) => a.id).sort()).toEqual(['ana-lobo', 'peru']);
  });
});

describe('extractActors: a body named with an initial', () => {
  it('reads "the publishing company Harold B. Quist" whole as a company, and "the company" after it', () => {
    const r = run('Ola Berg, speaking for the publishing company Harold B. Quist, announced the death on Monday. The company said it would reissue her books.');
    expect(r.byId.get('harold-b-quist')).toMatchObject({ kind: 'organization', name: 'Harold B. Quist' });
    expect(r.byId.has('quist')).toBe(false);
    expect(r.ids(1)).toEqual(['harold-b-quist']);
  });

  it('still reads a titled person with an initial as a person', () => {
    expect(run('Senator Charles E. Dunmore said on Monday he would vote.').byId.get('charles-e-dunmore')?.kind).toBe('person');
  });
});

describe('extractActors: a company introduced by what it is called', () => {
  const text = 'Skyline Air Lines Inc. said a hack of a contractor laid bare the data of customers. A breach at a web-chat provider called [57] allowed access to names, Skyline said on Thursday. The vendor, which provides chat services to Skyline, notified the carrier last week. Separately, Harbor Holdings Corp. said it heard in March from the same contractor.';

  it('reads the name after "a provider called" as written, and "the vendor", "the same contractor" as that company', () => {
    const r = run(text);
    expect(r.byId.get('57')).toMatchObject({ kind: 'organization', name: '[57]' });
    expect(r.ids(1)).toContain('57');
    expect(r.ids(2)).toEqual(['57', 'skyline-air-lines']);
    expect(r.ids(3)).toEqual(['harbor-holdings', '57']);
  });

  it('keeps the airline of a name with a company suffix for "the carrier"', () => {
    expect(run(text).ids(2)).toContain('skyline-air-lines');
  });

  it('leaves a person named so, a number and "called on" alone', () => {
    const r = run('A man named Ola Berg was hurt on Monday. Some 57 people fled. A firm called on the ministry to act.');
    expect(r.actors.map((a) => a.id)).toEqual(['ola-berg']);
  });
});

describe('extractActors: a state noun before a kind of rule', () => {
  it('reads "the military dictator" as a ruler, not the armed forces, and keeps "the military said"', () => {
    const r = run('Peru voted on Sunday. Ana Lobo led the country after toppling the military dictator Ola Quispe. The military said on Monday it would stay in barracks.');
    expect(r.ids(1)).not.toContain('peruvian-armed-forces');
    expect(r.byId.get('ola-quispe')?.memberOf).toEqual([]);
    expect(r.ids(2)).toEqual(['peruvian-armed-forces']);
  });
});

describe('extractActors: a named mission', () => {
  it('reads capitalised words before "mission" as the mission, "the mission" and its acronym as it', () => {
    const r = run('The rover is the centerpiece of the $2.5 billion Deep Orbit Explorer mission, or DOE, now in space. The mission was first drawn up in 2003. The DOE team cheered.');
    expect(r.byId.get('deep-orbit-explorer')).toMatchObject({ kind: 'organization', aliases: ['DOE'] });
    expect(r.ids(1)).toEqual(['deep-orbit-explorer']);
    expect(r.ids(2)).toEqual(['deep-orbit-explorer']);
  });

  it('leaves one capitalised word or a known body before "mission" alone', () => {
    const r = run('A Mars mission failed on Monday. The UN mission left on Friday.');
    expect(r.actors.map((a) => a.id)).toEqual(['united-nations']);
  });
});


describe('a competition named by what is won or played in it', () => {
  it('takes no part: "Northern League and Cup titles", "three Northern League titles"', () => {
    expect(run('His career, already packed with Northern League and Cup titles, ended on Sunday with a win.').ids(0)).toEqual([]);
    expect(run('Ana Kos won three Northern League titles before she retired on Sunday.').ids(0)).toEqual(['ana-kos']);
  });

  it('leaves the body that acts: "The Northern League said"', () => {
    expect(run('The Northern League said on Monday that the final would be moved.').ids(0)).toEqual(['northern-league']);
  });
});

describe('people named only by their trade as the source of what is said', () => {
  it('makes a group of "officials said", "Analysts said", "16 analysts in a poll had expected"', () => {
    expect(run('The mayor will open the bridge on Tuesday in Harbourton, officials said Saturday.').ids(0)).toContain('officials');
    expect(run('Analysts said the rise added to the case for a rate hike.').ids(0)).toEqual(['analysts']);
    expect(run('Nine out of 14 analysts in a Harbourton poll had expected a hike this week.').ids(0)).toEqual(['analysts']);
  });

  it('files "a senior official said" under the same group as "officials said", and leaves "the official line" alone', () => {
    expect(run('The car was found near the lake, a law enforcement official told reporters on Monday.').ids(0)).toEqual(['officials']);
    expect(run('A senior official said the plan would go ahead.').ids(0)).toEqual(['officials']);
    expect(run('The official line was firm.').ids(0)).toEqual([]);
  });

  it('leaves them alone when they say nothing, and when a name says whose they are', () => {
    expect(run('The officials met on Monday to discuss the budget.').ids(0)).toEqual([]);
    expect(run('Chilean officials said on Monday the border would reopen.').ids(0)).toEqual(['chile']);
  });
});

describe('a crowd named by what it does, and a bare "police", when they act', () => {
  it('makes a group of "Protesters marched", "protesters in Tarvik were calmer", "protesters from three towns crowded"', () => {
    expect(run('Protesters marched through Tarvik on Saturday.').ids(0)).toEqual(['protesters']);
    expect(run('About 200 protesters in Tarvik were quieter on Sunday.').ids(0)).toEqual(['protesters']);
    expect(run('Demonstrators from three towns filled the square.').ids(0)).toEqual(['demonstrators']);
    expect(run('The protesters announced a march for Thursday.').ids(0)).toEqual(['protesters']);
  });

  it('leaves alone a crowd that is only acted on or only qualifies a thing, and one a name says whose it is', () => {
    expect(run('Guards detained two protesters on Tuesday.').ids(0)).not.toContain('protesters');
    expect(run('The protesters’ demands were read on Friday.').ids(0)).toEqual([]);
    expect(run('Chilean protesters rallied on Wednesday.').ids(0)).toEqual(['chilean-protesters']);
  });

  it('reads a bare lower-case "police" opening its clause and acting as the country’s police', () => {
    const text = 'LIMA, Peru (AP) _ On Sunday evening, police and farmers fought near Cuzco. Two men were held, police said. '
      + 'Local police seized a truck. Officers said riot police were pushed back.';
    const r = run(text);
    for (const i of [0, 1, 2, 3]) expect(r.ids(i)).toContain('peruvian-police');
    expect(r.byId.get('peruvian-police')?.memberOf).toEqual(['peru']);
  });

  it('gives no country to "the police" or "the army" of many states, and keeps the police of the dateline', () => {
    const r = run('LIMA, Peru (AP) _ The rifle is carried by the police and soldiers of 40 countries. The army of several nations tested it in 2019.');
    expect(r.actors.some((a) => a.id === 'peruvian-police' || a.id === 'peruvian-army')).toBe(false);
    const s = run('LIMA, Peru (AP) _ The police seized the rifles of three smugglers on Monday.');
    expect(s.ids(0)).toContain('peruvian-police');
    const t = run('LIMA, Peru (AP) _ The cabinet of the United States sent a note. The police arrested two men.');
    expect(t.ids(1)).toContain('peruvian-police');
  });

  it('gives a bare "police" the country of the dateline, not that of the people its sentence names', () => {
    const r = run('LIMA, Peru (AP) _ Two Chilean exiles were detained and police fired tear gas.');
    expect(r.ids(0)).toContain('peruvian-police');
    expect(r.byId.has('chilean-police')).toBe(false);
  });

  it('leaves "police" alone before a noun, as an object, and where no country is known', () => {
    const r = run('LIMA, Peru (AP) _ A police car crashed. Police officers’ union leaders met. Farmers sent a fax to police.');
    expect(r.ids(0)).toEqual([]);
    expect(r.ids(2)).not.toContain('peruvian-police');
    expect(run('On Sunday evening, police and farmers fought near the old mill.').ids(0)).toEqual([]);
  });
});

describe('people of a named body who say something', () => {
  it('leaves "researchers from the Halden Institute reported" to the institute', () => {
    expect(run('Researchers from the Halden Institute reported on Tuesday that the vaccine worked.').ids(0)).toEqual(['halden-institute']);
  });
});

describe('a body whose name opens with a capitalised "The"', () => {
  it('goes by its first word, never by "The": a sentence opening on "The" names nobody', () => {
    const r = run('A well-placed source told The Nordic Wire about the plan. The mayor said on Monday the bridge would close. The Nordic Wire said Friday it would appeal.');
    expect(r.ids(1)).toEqual([]);
    expect(r.ids(2)).toEqual(['the-nordic-wire']);
  });

  it('leaves the name whole where it is written in full', () => {
    const r = run('Analysts told The Nordic Wire on Monday that prices would rise. Later The Nordic Wire said it had checked the figures.');
    expect(r.ids(0)).toContain('the-nordic-wire');
    expect(r.ids(1)).toEqual(['the-nordic-wire']);
  });
});

describe('a state noun inside a longer capitalised name', () => {
  it('is no government of the country: "the Committee on Government Reform", "Government House"', () => {
    expect(run('Rep. Ana Holm said she would call him before the Committee on Government Reform in Peru on Feb. 10.').actors.map((a) => a.id)).not.toContain('peruvian-government');
    expect(run('Government House said on Monday that Peru would pay.').actors.map((a) => a.id)).not.toContain('peruvian-government');
  });

  it('still reads "The Government said" and "Government forces" as the country\'s', () => {
    expect(run('The Government said on Monday that Peru would pay its debts.').ids(0)).toContain('peruvian-government');
    expect(run('Government forces shelled the town on Monday, Peru said.').ids(0)).toContain('peruvian-government');
  });
});

describe('a party named before a lower-case "party"', () => {
  it('reads "the Lumo Vanta party" as the party Lumo Vanta, never a person, and its leader as its member', () => {
    const r = run('Talks resume on the eve of the return by the Lumo Vanta party. Lumo Vanta was expelled from the talks in May. But Lumo Vanta leader Ivo Salk kept his party out.');
    expect(r.byId.get('lumo-vanta')?.kind).toBe('organization');
    expect(r.ids(1)).toEqual(['lumo-vanta']);
    expect(r.byId.get('ivo-salk')?.memberOf).toEqual(['lumo-vanta']);
  });

  it('leaves a person followed by "party" elsewhere in the text a person, and a country’s party its country’s', () => {
    expect(run('Ivo Salk was expelled from the talks in May. The party of Ivo Salk left.').byId.get('ivo-salk')?.kind).toBe('person');
    expect(run('The Peruvian party won the vote on Sunday.').actors.find((a) => a.kind === 'organization')?.memberOf).toEqual(['peru']);
    expect(run('The region’s biggest Protestant party met on Sunday.').actors).toEqual([]);
  });
});

describe('a named body after "and"', () => {
  it('does not take a person named before "and" into the body\'s name', () => {
    const r = run('Attorney General Dana Ruiz spoke on Monday. The paper printed a letter to Ruiz and Harbour and Coast Service Commissioner Ola Brun.');
    expect(r.byId.has('ruiz-and-harbour-and-coast-service')).toBe(false);
    expect(r.byId.get('ola-brun')?.memberOf).toEqual(['harbour-and-coast-service']);
  });

  it('keeps "and" between the words of one body', () => {
    expect(run('The Metal and Electrical Workers Union struck on Monday.').ids(0)).toContain('metal-and-electrical-workers-union');
  });
});

describe('bodies closed by a word of broadcasting or communications', () => {
  it('reads "Harlow Communications", "the Kelby News", "Varnia Television", "Lumo Radio" as bodies, not people', () => {
    expect(run('Harlow Communications, which runs the port’s radio link, said on Friday it would appeal.').ids(0)).toEqual(['harlow-communications']);
    expect(run('The Kelby News reported on Friday that the bridge would close.').ids(0)).toEqual(['kelby-news']);
    const r = run('Ivo Marek told Varnia Television on Monday.');
    expect(r.byId.get('varnia-television')?.kind).toBe('organization');
    expect(run('Lumo Radio said it would close.').byId.get('lumo-radio')?.kind).toBe('organization');
  });

  it('leaves the lower-case words alone, and a country that only names its outlet', () => {
    expect(run('Good news came on Friday. The television showed it.').actors).toEqual([]);
    expect(run('Ida Brandt told Chile Television on Monday.').ids(0)).toEqual(['ida-brandt']);
    expect(run('The Chile Times said no.').ids(0)).not.toContain('chile');
  });
});

describe('a company printed in capitals in a lead, and company forms of other lands', () => {
  it('reads "TALVIK Corp." as the company, written as the article writes it, with its short form and "the company"', () => {
    const r = run('TALVIK Corp., Harbourton, N.J., said on Monday it would cut jobs. The company said the move was needed. Talvik shares rose.');
    expect(r.ids(0)).toEqual(['talvik']);
    expect(r.byId.get('talvik')?.name).toBe('Talvik');
    expect(r.ids(1)).toEqual(['talvik']);
    expect(r.ids(2)).toEqual(['talvik']);
  });

  it('reads "Fjordvik AB", "Brenner NV" and "Ramsey Christensen Co." as companies filed without their form', () => {
    const r = run('Fjordvik AB, the Oslo paper company, bought Brenner NV on Monday. Ramsey Christensen Co. was sold in June.');
    expect(r.ids(0)).toEqual(['fjordvik', 'brenner']);
    expect(r.ids(1)).toEqual(['ramsey-christensen']);
  });

  it('leaves an acronym the article never spells otherwise as written, and words in capitals before no company form alone', () => {
    expect(run('The KLT Corp. said on Monday it would cut jobs.').byId.get('klt')?.name).toBe('KLT');
    expect(run('TALVIK SAID on Monday it would cut jobs.').actors).toEqual([]);
  });

  it('keeps a one-word name a country or a person already holds on its form', () => {
    expect(run('Chad Inc. said on Monday it would cut jobs.').ids(0)).toEqual(['chad-inc']);
  });
});

describe('a company form after an owner’s possessive, and a name in capitals spelt otherwise later', () => {
  it('reads "Harlow’s Bay Co." whole, with no "Bay" of its own', () => {
    const r = run("Harlow's Bay Co. said on Monday it would cut jobs. Harlow's Bay said it would act.");
    expect(r.byId.has('bay')).toBe(false);
    expect(r.ids(1)).toEqual(['harlows-bay']);
  });

  it('names "KELVARO Corp." as the article writes it ("KelVaro"), and keeps a common head with its form', () => {
    const r = run('KELVARO Corp. said on Monday it would cut jobs. KelVaro shares fell.');
    expect(r.byId.get('kelvaro')).toMatchObject({ name: 'KelVaro', aliases: ['KELVARO Corp', 'KelVaro Corp'] });
    expect(run('Trust Corp. said on Monday it would cut jobs.').ids(0)).toEqual(['trust-corp']);
  });
});

describe('a body named after a people’s possessive, and its name without its country', () => {
  it('reads "the small Chilean People’s Union" whole, and "the People’s Union" after it as the same body', () => {
    const r = run("The fine will hit the small Chilean People's Union hard, the court said Friday. The People's Union named Ola Berg as a donor in 1995.");
    expect(r.byId.get('chilean-peoples-union')?.memberOf).toEqual(['chile']);
    expect(r.ids(1)).toEqual(['chilean-peoples-union', 'ola-berg']);
    expect(run("The Women's League met on Monday.").ids(0)).toEqual(['womens-league']);
  });

  it('leaves a name two countries’ bodies end in apart, and a country’s possessive before a body to the country', () => {
    const r = run('The Chilean Socialist Party and the Peruvian Socialist Party met. The Socialist Party said so.');
    expect(r.ids(1)).toEqual(['socialist-party']);
    expect(run("Peru's People's Union met on Monday.").byId.has('peru')).toBe(true);
  });
});

describe('a body named before a longer name that adds its country', () => {
  it('stays its own body: "The Harbour Court ruled … a Libyan Harbour Court case"', () => {
    const r = run('The Harbour Court on Friday rejected objections to a Libyan Harbour Court case.');
    expect(r.ids(0)).toContain('harbour-court');
  });
});

describe('a stance before a body’s name', () => {
  it('leaves the name a stance is against out of the body: "the anti-Roth Harbour Workers Foundation"', () => {
    const r = run('The anti-Roth Harbour Workers Foundation said on Monday it would sue. The foundation met.');
    expect(r.ids(0)).toEqual(['harbour-workers-foundation']);
    expect(r.ids(1)).toEqual(['harbour-workers-foundation']);
  });

  it('keeps a one-word name before the head ("the pro-Lumo Party")', () => {
    expect(run('The pro-Lumo Party said on Monday it would sue.').ids(0)).toEqual(['lumo-party']);
  });
});

describe('a bare "police" before "found", and words after "of" inside a body’s name', () => {
  it('reads "… and police found the body Friday" as the police of the dateline', () => {
    const got = run('LUMA, Peru (AP) -- Rebels kept their word and police found the body on Friday.');
    expect(got.byId.get('peruvian-police')?.memberOf).toEqual(['peru']);
  });

  it('makes no person of the words after "of" in a body’s name or a place ("Court of Human Rights found", "Residents of Kok-Tash said")', () => {
    expect(run('The Varnian Court of Human Rights found in 2018 that Peru had erred.').byId.has('human-rights')).toBe(false);
    expect(run('Residents of Kok-Tash said the village was quiet.').byId.has('kok-tash')).toBe(false);
    expect(run('Ana Roth found the letter on Monday.').ids(0)).toEqual(['ana-roth']);
  });
});

describe('a company named with its form once and without it once', () => {
  it('gives the first word to the company whether its form is written or not ("Tallent Group PLC", "Tallent Group")', () => {
    const r = run('Tallent Group PLC agreed to buy Brinmore Corp. Tallent Group will pay cash. Tallent said on Monday that the deal was done.');
    expect(r.ids(2)).toContain('tallent-group');
  });

  it('still leaves a first word two different bodies share to neither', () => {
    const r = run('Tallent Mining PLC and Tallent Shipping Inc. both cut jobs. Tallent said nothing more.');
    expect(r.ids(1)).toEqual([]);
  });
});

describe('companies that share a first word (a parent and its unit)', () => {
  it('gives the bare first word to the company named by it and a form alone, and each its name without the form', () => {
    const r = run('The pact between Kelvar Corp. and Moro Inc. carries risks. Kelvar Enterprises Inc., a unit, agreed. For 1988, Kelvar earned $1.7 billion. Kelvar Enterprises said it would wait.');
    expect(r.ids(2)).toEqual(['kelvar']);
    expect(r.ids(3)).toEqual(['kelvar-enterprises']);
  });

  it('reads the unit by its name without the form, and the parent by its own ("Ogden Projects, whose …")', () => {
    const r = run('Tarla Projects Inc. said net rose. It is 92%-owned by Tarla Corp., New York. Tarla Projects, whose shares began trading in August, closed at $26.');
    expect(r.ids(2)).toEqual(['tarla-projects']);
    expect(r.byId.get('tarla')?.aliases).toContain('Tarla Corp');
  });

  it('leaves a first word two bodies share, neither named by it alone, to neither', () => {
    const r = run('Kelvar Mining Inc. and Kelvar Shipping Inc. both reported losses. Kelvar said nothing more.');
    expect(r.ids(1)).not.toContain('kelvar-mining');
    expect(r.ids(1)).not.toContain('kelvar-shipping');
  });
});

describe('a company name opened by a country’s dotted acronym', () => {
  it('reads "U.S. Harlow Corp." whole, and "U.S. Harlow" after it as the company, not the country', () => {
    const r = run('Ana Brel was named chairman of U.S. Harlow Corp., a private bank. U.S. Harlow has faced competition in the U.S.');
    expect(r.ids(0)).toEqual(['ana-brel', 'us-harlow']);
    expect(r.ids(1)).toEqual(['us-harlow', 'united-states']);
  });

  it('leaves "U.S." before words with no company form the country ("U.S. officials said")', () => {
    expect(run('Ana Brel met U.S. officials on Friday.').ids(0)).toContain('united-states');
  });
});

describe('a body’s head inside a longer name the article knows', () => {
  it('makes no second body of "U.S. Harbour Court" inside "the full 4th U.S. Harbour Court of Review"', () => {
    const r = run('The family may ask the full 4th U.S. Harbour Court of Review for a rehearing.');
    expect(r.byId.has('us-harbour-court')).toBe(false);
    expect(r.ids(0)).toContain('harbour-court-of-review');
  });

  it('still names a body closed by its head when no longer name holds it ("the Varnian Harbour Court ruled")', () => {
    expect(run('The Harbour Court ruled on Friday.').ids(0)).toEqual(['harbour-court']);
  });
});

describe('a company still to be named', () => {
  it('reads "the new unit, to be called X," as a company, and the parent’s name after it as the parent', () => {
    const r = run('Harlow PLC will split off its mills. The launch of the new unit, to be called Harlow Mills, could come next year. Harlow said its shares rose.');
    expect(r.byId.get('harlow-mills')?.kind).toBe('organization');
    expect(r.ids(2)).toEqual(['harlow']);
  });

  it('reads no company in "the company named X chief executive", a naming', () => {
    expect(run('The company named Ana Brel chief executive on Friday.').byId.get('ana-brel')?.kind).toBe('person');
  });
});

describe('an acronym opening a company’s name before its head', () => {
  it('reads "KDL Acquisition Partners" whole, its acronym after as the same company', () => {
    const r = run('A unit of KDL Acquisition Partners launched an offer for Orlan Corp. on Monday. KDL said it would wait.');
    expect(r.ids(0)).toContain('kdl-acquisition-partners');
    expect(r.ids(1)).toEqual(['kdl-acquisition-partners']);
  });

  it('leaves an acronym the lexicon knows out of the name ("NATO Partners")', () => {
    expect(run('Officials of NATO Partners met on Monday.').byId.has('nato-partners')).toBe(false);
  });
});

describe('a company named with its form anywhere in the report, and "Holding", "Oy", "Partnership" as company words', () => {
  it('keeps "Talvik Mills" a company where a verb after it would make a person of it', () => {
    const r = run('Talvik Mills Inc. said on Monday it would close a plant. The chief of Talvik Mills said on Tuesday that the plant would close in June.');
    expect(r.byId.get('talvik-mills')?.kind).toBe('organization');
    expect(r.ids(1)).toEqual(['talvik-mills']);
    expect(r.actors.some((a) => a.kind === 'person')).toBe(false);
  });

  it('reads "Marvale Holding", "Larin Oy" and "Terrel Partnership" as companies', () => {
    const r = run('Marvale Holding agreed on Monday to buy a stake in Larin Oy. Terrel Partnership sold its shares on Friday.');
    expect(r.byId.get('marvale-holding')?.kind).toBe('organization');
    expect(r.byId.get('larin')).toMatchObject({ kind: 'organization', aliases: ['Larin Oy'] });
    expect(r.byId.get('terrel-partnership')?.kind).toBe('organization');
  });

  it('leaves a person alone whose surname only begins a company’s name, and a lower-case "holding"', () => {
    const r = run('Ruth Talvik said on Monday that Talvik Mills Inc. would close a plant. Anna Kessel, holding a banner, marched on Friday.');
    expect(r.byId.get('ruth-talvik')?.kind).toBe('person');
    expect(r.byId.get('anna-kessel')?.kind).toBe('person');
    expect(r.byId.get('talvik-mills')?.kind).toBe('organization');
  });
});

describe('a country’s name before its mission abroad', () => {
  it('reads "the U.S. embassies" as the embassy, belonging to the country', () => {
    const r = run('Bombs went off on Friday near two U.S. embassies, one in the Peruvian capital.');
    expect(r.ids(0)).toContain('american-embassy');
    expect(r.byId.get('american-embassy')?.memberOf).toEqual(['united-states']);
  });

  it('leaves a country’s name before other lower-case nouns to the country', () => {
    expect(run('U.S. officials said on Friday the talks would resume.').ids(0)).toEqual(['united-states']);
    expect(run('Peru police said on Friday the road was closed.').byId.has('peruvian-embassy')).toBe(false);
  });
});

describe('a body\'s noun that is an adjective too', () => {
  it('names no body before a noun ("the military planning of Chile", "the military commander of the rebels")', () => {
    const r = run('Peruvian troops crossed the river in 1968. Back then, the military planning of Chile rested on a quick assault.');
    expect(r.ids(1)).toEqual(['chile']);
  });

  it('still binds "the military" that acts', () => {
    const r = run('Peruvian troops crossed the river in 1968. The military said on Friday it would stay.');
    expect(r.ids(1)).toEqual(['peruvian-armed-forces']);
  });
});

describe('extractActors: a demonym before a body the article names alone', () => {
  it('reads "a Chilean Harbour Court appeal" as Chile and the Harbour Court named before', () => {
    const r = run('The Harbour Court ruled on Monday. The court rejected a Chilean Harbour Court appeal on Friday.');
    expect(r.actors.map((a) => a.id).sort()).toEqual(['chile', 'harbour-court']);
  });

  it('keeps the demonym where it opens the body\'s own name', () => {
    expect(run('The Chilean Harbour Court ruled on Friday.').byId.get('chilean-harbour-court')?.memberOf).toEqual(['chile']);
    // Without the body named alone, "a Chilean ..." stays one name.
    expect(run('A Chilean Harbour Court judge resigned on Friday.').byId.has('chilean-harbour-court')).toBe(true);
    expect(run('Japanese Aircraft Development Corp. said on Monday it would build a jet.').byId.get('japanese-aircraft-development')?.memberOf).toEqual(['japan']);
  });
});

describe('extractActors: a company\'s name with "of" and its short forms', () => {
  it('reads "Fort of Chile Bank Corp." whole and "Fort of Chile" after it as the same company', () => {
    const r = run('Fort of Chile Bank Corp. said on Monday it bought a bank. Fort of Chile, which has 40 branches, paid $5 million.');
    expect(r.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual(['Fort of Chile Bank']);
    expect(r.mentions[1]!.map((m) => m.actorId)).toEqual(['fort-of-chile-bank']);
  });

  it('reads the first words of a company\'s name alone as the company, not as a person', () => {
    const r = run('Harlow Bay Group Inc. agreed to a merger. Harlow Bay has $2 billion in assets.');
    expect(r.mentions[1]!.map((m) => r.byId.get(m.actorId)?.kind)).toEqual(['organization']);
  });

  it('leaves "of" and a country outside a name without a company form', () => {
    expect(run('The Friends of Chile Club met on Monday.').byId.has('chile')).toBe(true);
  });
});

describe('extractActors: a body named by its staff ("a Harbour official")', () => {
  it('reads the words before a staff word as the department the article named with them', () => {
    const r = run('The Harbour Department is reviewing the case. A Harbour official said on Thursday that talks resumed.');
    expect(r.mentions[1]!.map((m) => m.actorId)).toEqual(['harbour-department']);
  });

  it('leaves the words when no department of that name was named, and a title before a name', () => {
    expect(run('A Harbour official said on Thursday that talks resumed.').actors).toEqual([]);
    const r = run('The Justice Department met. Chief Justice Ana Roth spoke.');
    expect(r.mentions[1]!.map((m) => m.actorId)).toEqual(['ana-roth']);
  });
});

describe('extractActors: "the company" after an acronym of a company', () => {
  it('takes the company named before it by its acronym', () => {
    const r = run('Harlow Motors Corp. wants Talvik PLC. HM bought Talvik shares, according to HM officials at the company headquarters.');
    expect(r.mentions[1]!.filter((m) => m.rule === 'definite').map((m) => m.actorId)).toEqual(['harlow-motors']);
  });

  it('counts a company named by its acronym for a described maker (the one named most)', () => {
    const r = run('Harlow Motors Corp. wants Talvik PLC. HM bought shares. HM officials said so. The No. 1 truck maker then wrote to Talvik.');
    expect(r.mentions[3]!.filter((m) => m.rule === 'definite').map((m) => m.actorId)).toEqual(['harlow-motors']);
  });

  it('leaves an acronym that spells no company of the article untyped', () => {
    const r = run('Talvik PLC hired staff. HM bought Talvik shares. The company said so.');
    expect(r.mentions[2]!.map((m) => m.actorId)).toEqual(['talvik']);
  });
});

describe('extractActors: "Cos." closes a company\'s name', () => {
  it('reads "HVT Cos." as a company, and its name alone in a list after it', () => {
    const r = run('Talvik Network Inc. bought HVT Cos. for $4 million. Among them, Talvik and HVT lead the market.');
    expect(r.byId.get('hvt')?.kind).toBe('organization');
    expect(r.mentions[1]!.map((m) => m.actorId)).toEqual(['talvik-network', 'hvt']);
  });

  it('leaves a lower-case "cos" alone', () => {
    expect(run('The nurse said the cos readings were normal on Monday.').actors).toEqual([]);
  });
});

describe('extractActors: the first part of a hyphenated company name', () => {
  it('reads "Harlow" alone as "Harlow-Benz Cos." where the article writes it so', () => {
    const r = run('Harlow-Benz Cos. said it would cut prices. Harlow, the largest brewer, had resisted.');
    expect(r.mentions[1]!.map((m) => m.actorId)).toEqual(['harlow-benz']);
  });

  it('leaves a part that is a known place, and a name with no company kind', () => {
    const r = run('Chile-Talvik Cos. said it would cut prices. Chile protested.');
    expect(r.mentions[1]!.map((m) => m.actorId)).toEqual(['chile']);
  });
});

describe('extractActors: a company\'s short form that opens another body\'s name', () => {
  it('leaves "Harlow Bay" to "Harlow Bay Yield Fund" when the article names both', () => {
    const r = run('Harlow Bay Associates Inc. runs funds. At the Harlow Bay Yield Fund, investors left. Money went to other Harlow Bay funds.');
    expect(r.mentions[1]!.map((m) => m.actorId)).toEqual(['harlow-bay-yield-fund']);
  });
});

describe('extractActors: people of a group named by their state', () => {
  it('reads "a group of Ohio lawmakers" and "New Jersey voters" as groups of the United States', () => {
    const r = run('A group of Ohio lawmakers introduced a bill this month. New Jersey voters went to the polls.');
    expect(r.byId.get('ohio-lawmakers')).toMatchObject({ kind: 'group', memberOf: ['united-states'] });
    expect(r.byId.get('new-jersey-voters')?.kind).toBe('group');
  });

  it('leaves a name another name opens, and a state\'s name the lexicon reads as a country', () => {
    expect(run('Ohio Tech officials met on Monday.').byId.has('ohio-tech-officials')).toBe(false);
    expect(run('Georgia officials met on Monday.').byId.has('georgia-officials')).toBe(false);
  });
});

describe('extractActors: a place whose name a small particle joins', () => {
  it('makes no country of "Vel" in "Vel es Maran" beside a country', () => {
    expect(run('Blasts hit Lima, Peru, and Vel es Maran, Chile, on Friday.').byId.has('vel')).toBe(false);
  });

  it('still finds a country coordinated with a known one', () => {
    expect(run('Fighting broke out between Belmark and Armenia.').byId.get('belmark')?.kind).toBe('country');
  });
});

describe('company names with an ampersand', () => {
  it('reads "X & Co." and the "amp" a converted text writes for it as one company, named without its form', () => {
    const r = run('Holt Jones amp Co. extended its offer on Friday. Holt Jones said it mailed the letter.');
    expect(r.byId.get('holt-jones')).toMatchObject({ kind: 'organization', name: 'Holt Jones' });
    expect(r.ids(1)).toContain('holt-jones');
    const s = run('Holt Jones & Co. extended its offer on Friday.');
    expect(s.byId.get('holt-jones')).toMatchObject({ kind: 'organization', name: 'Holt Jones' });
  });

  it('keeps every word of a name with a spelt ampersand, wherever the article repeats it', () => {
    const r = run('Ocean Varro amp Mining Co. plans a sale of a unit. On Friday, Ocean Varro amp Mining said it would wait.');
    expect(r.mentions[1]!.map((m) => m.text)).toContain('Ocean Varro amp Mining');
    expect(r.actors.filter((a) => a.kind === 'organization')).toHaveLength(1);
  });

  it('leaves "amp" between lower-case words alone', () => {
    const r = run('Ana Roth bought an amp and a guitar on Monday.');
    expect(r.actors.map((a) => a.id)).toEqual(['ana-roth']);
  });
});

describe('a common first word of a named body', () => {
  it('keeps "National" and "First" at the head of a name read back from its head word', () => {
    expect(run('On Tuesday, the National Harbour and Coastal Rights League plans to speak.').byId.has('national-harbour-and-coastal-rights-league')).toBe(true);
    expect(run('Kessel Bank sold two branches to First Traders Bank, of Lima.').byId.has('first-traders-bank')).toBe(true);
  });

  it('does not open a body with a country it opens ("North Korea")', () => {
    expect(run('The North Korean Workers\' Party met on Monday.').byId.has('north-korean-workers-party')).toBe(false);
  });
});

describe('a numbered circuit court', () => {
  it('reads the number and a country inside the name', () => {
    expect(run('The 7th District Court of Claims ruled on Monday.').byId.get('7th-district-court-of-claims')?.kind).toBe('organization');
    expect(run('The suit goes in June to the 3rd Circuit U.S. Court of Review.').actors.map((a) => a.name)).toContain('3rd Circuit U.S. Court of Review');
  });

  it('leaves a court a country opens, and a number before another word', () => {
    const r = run('The U.S. Court of Review ruled on Friday. The 4th Harbour Court of Review ruled.');
    expect(r.actors.some((a) => /^(?:U\.S\.|4th)/.test(a.name))).toBe(false);
  });
});

describe('a short form of a company closed by its business word', () => {
  it('reads "Harlow Savings" and "Harlow" as the bank, not a person', () => {
    const r = run('Harlow Savings Bank said a plan fell through. Harlow also expects a charge. A year ago, Harlow Savings earned $7 million.');
    expect(r.ids(1)).toEqual(['harlow-savings-bank']);
    expect(r.ids(2)).toEqual(['harlow-savings-bank']);
    expect(r.actors.some((a) => a.kind === 'person')).toBe(false);
  });

  it('leaves the place of a council\'s name alone', () => {
    expect(run('The Harbour City Council voted on Monday. Harbour City residents protested.').ids(1)).toEqual([]);
  });
});

describe('a company a market report lists by its price move', () => {
  it('reads "Kessel Medical fell 4 to 15" as a company the next sentence\'s "the company" takes', () => {
    const r = run('Kessel Medical fell 2 to 31. The company blamed weak orders.');
    expect(r.byId.get('kessel-medical')?.kind).toBe('organization');
    expect(r.ids(1)).toEqual(['kessel-medical']);
  });

  it('leaves one word opening a sentence, and a move that is no number', () => {
    expect(run('Exports rose 5 percent in May.').actors).toEqual([]);
    expect(run('Kessel Medical fell sharply.').byId.has('kessel-medical')).toBe(false);
  });
});

describe('a market index listed by its move', () => {
  it('is no company', () => {
    expect(run('The Harbour Shares Average fell 12 points on Monday.').actors).toEqual([]);
  });
});

describe('a capitalised head word of a country\'s body', () => {
  it('keeps "Forces" as written in "Chile\'s Coastal Armed Forces"', () => {
    const names = run("Ana Roth, head of Chile's Coastal Armed Forces, spoke on Monday.").actors.map((a) => a.name);
    expect(names).toContain('Chilean Coastal Armed Forces');
    expect(names.some((n) => /armed armed/i.test(n))).toBe(false);
  });

  it('still names "Chilean troops" the country\'s armed forces', () => {
    expect(run('Chilean troops crossed the river on Friday.').byId.has('chilean-armed-forces')).toBe(true);
  });
});

describe('names joined by an ampersand with no space, and the HTML entity for one', () => {
  it('reads capitals joined by "&" as one name, before its form and alone', () => {
    const r = run('The fund bought shares of KT&V Corp. on Friday. KT&V said it would add staff.');
    expect(r.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual(['KT&V']);
    expect(r.ids(1)).toContain('kt-v');
  });

  it('shows a name written with the entity "&amp;" or the spelt "amp" with its ampersand', () => {
    const r = run('Holt &amp; Barrow Co. said on Monday it would sell a unit. Later Holt &amp; Barrow said it agreed.');
    expect(r.ids(1)).toHaveLength(1);
    expect(r.byId.get(r.ids(1)[0]!)?.name).toBe('Holt & Barrow');
    const s = run('Kessel Savings amp Loan Association said Monday it lost money.');
    expect(s.actors.map((a) => a.name)).toEqual(['Kessel Savings & Loan Association']);
  });

  it('leaves capitals joined by "&" that nothing makes a body', () => {
    expect(run('Spending on R&D rose 5% last year.').actors).toEqual([]);
  });
});

describe('a shop’s possessive name before its form', () => {
  it('reads "X’s Inc." as the company, and its one word written alone', () => {
    const r = run("The group will buy half of the stock of Talvik's Inc., a fast-food chain. Talvik officials weren't available. Talvik had net income of $2 million.");
    expect(r.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual(["Talvik's"]);
    expect(r.ids(1)).toEqual([r.ids(0)[0]]);
    expect(r.ids(2)).toEqual([r.ids(0)[0]]);
  });

  it('leaves a country’s possessive before a form to the country', () => {
    const r = run("Chile's Inc. listings fell on Monday.");
    expect(r.actors.some((a) => a.kind === 'organization')).toBe(false);
  });
});

describe('a name a leading head opens ("Institut X", "Cie. de X")', () => {
  it('reads the words after the head, written alone, as the body', () => {
    const r = run('Institut Varlet S.A. plans to keep its offer open until Nov. 6. Varlet executives told reporters on Monday they were sure.');
    expect(r.ids(1)).toEqual(r.ids(0).slice(0, 1));
    const s = run('The fund acquired a stake in Cie. de Navigation Ostrel on Friday. Navigation Ostrel shares rose. Navigation Ostrel\'s chairman expects friendly buyers.');
    expect(s.byId.get('cie-de-navigation-ostrel')?.kind).toBe('organization');
    expect(s.ids(1)).toEqual(['cie-de-navigation-ostrel']);
    expect(s.ids(2)).toEqual(['cie-de-navigation-ostrel']);
  });

  it('leaves a country after the head to the country', () => {
    const r = run('Banco de Chile said on Monday it would raise rates. Chile said the rise was wrong.');
    expect(r.ids(1)).toEqual(['chile']);
  });
});

describe('a circuit’s number before the country’s acronym, and two names joined by a slash', () => {
  it('keeps "the 4th U.S. Circuit Court of Review" whole, and leaves "the U.S. Court of Review" to the country first', () => {
    const r = run('The 4th U.S. Circuit Court of Review ruled on Monday.');
    expect(r.actors.map((a) => a.name)).toEqual(['4th U.S. Circuit Court of Review']);
    expect(run('The U.S. Court of Review ruled on Monday.').ids(0)).toContain('united-states');
  });

  it('reads "A/B Name" as one body, even where a sentence opens, and no person in it', () => {
    const r = run('Varo/Kessel Pictures said on Monday it would sell a studio. Varo/Kessel Pictures shares rose.');
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual([['Varo/Kessel Pictures', 'organization']]);
    expect(r.ids(1)).toEqual(r.ids(0));
  });

  it('leaves two known countries joined by a slash as two countries', () => {
    expect(run('Chile/Peru talks resumed on Monday.').ids(0)).toEqual(['chile', 'peru']);
  });
});

describe('a company named with "of" and a country', () => {
  it('makes "Fort of Chile Bank Corp." no member of the country, and keeps a body that opens with the demonym one', () => {
    expect(run('Fort of Chile Bank Corp. said on Monday it bought a bank.').byId.get('fort-of-chile-bank')?.memberOf).toEqual([]);
    expect(run('The Chilean Bank Corp. said on Monday it would wait.').byId.get('chilean-bank')?.memberOf).toEqual(['chile']);
  });
});
