import { run } from './runActors';

describe('proper names of bodies without a head word', () => {
  it('reads a name the article never writes in lower case and that acts as a body', () => {
    const r = run('Quorra is expected to unveil a new phone on Sept. 12. Analysts said Quorra would price it high.');
    expect(r.byId.get('quorra')?.kind).toBe('organization');
    expect(r.ids(0)).toEqual(['quorra']);
  });

  it('leaves a sentence-opening common word alone, and a word the article also writes in lower case', () => {
    const r = run('Signs went up at the store on Tuesday. Release is planned for May, and the release will be small.');
    expect(r.actors).toEqual([]);
  });

  it('reads a capitalised "The" inside a sentence as the start of a name', () => {
    const r = run('The appeal in The Harbour Lantern case was delayed. The Harbour Lantern said it would wait.');
    expect(r.byId.get('the-harbour-lantern')?.kind).toBe('organization');
  });

  it('reads a name spelt out before its acronym, and the acronym later', () => {
    const r = run('The cleric led Barisan Tengah Raya (BTR) for a decade. BTR has been blamed for the attacks.');
    expect(r.byId.get('barisan-tengah-raya')?.aliases).toContain('BTR');
    expect(r.ids(1)).toEqual(['barisan-tengah-raya']);
  });

  it('does not make a body of a word inside a longer name, of a race or of an acronym plural', () => {
    const r = run('The head of the Centre for Coastal Safety and Rescue told lawmakers on Monday. The Valmont Marathon was run on Sunday. NGOs have protested.');
    expect(r.byId.has('rescue')).toBe(false);
    expect(r.byId.has('valmont-marathon')).toBe(false);
    expect(r.byId.has('ngos')).toBe(false);
  });

  it('does not read counted nationals as their country', () => {
    expect(run('Two Peruvians and one Chilean arrived at the station on Friday.').actors).toEqual([]);
  });

  it('reads a family name with a possessive before a verb as its shop, beside the person of that name', () => {
    const r = run("Harlow's Garden Supply is the newest shop chain to close. Chief executive Ann Harlow said she was sad. Harlow's closed 19 stores in February to save the chain. The chain filed for bankruptcy on Tuesday. Harlow called it a hard day.");
    expect(r.byId.get('harlows-garden-supply')).toMatchObject({ kind: 'organization', name: "Harlow's Garden Supply" });
    expect(r.byId.has('garden-supply')).toBe(false);
    expect(r.ids(2)).toEqual(['harlows-garden-supply']);
    expect(r.ids(3)).toEqual(['harlows-garden-supply']);
    expect(r.ids(4)).toEqual(['ann-harlow']);
  });

  it("reads a company's possessive before a plan as the company, not a shop of its own", () => {
    const r = run("Brenmark Cells runs two plants. Residents opposed Brenmark's plan to double one site, and the council approved it in 2021. Brenmark's plans were delayed.");
    expect(r.actors.map((a) => a.id)).not.toContain('brenmarks');
    // A past form after the possessive is the shop's own verb.
    expect(run("Brenmark's planned to close 12 stores in March.").actors.map((a) => a.id)).toEqual(['brenmarks']);
  });

  it('leaves a person\'s possessive before a noun alone', () => {
    const r = run("Ann Harlow resigned on Monday. The board said Harlow's successor would be named soon. Harlow's decision surprised investors.");
    expect(r.actors.map((a) => a.id)).toEqual(['ann-harlow']);
    expect(r.ids(2)).toEqual(['ann-harlow']);
  });
});

describe('the title of a work is no body', () => {
  it('reads "The Long Shore, written in 1980" and "her novel The Long Shore" as a work, not an actor', () => {
    expect(run('Mira Dalby wrote eleven novels. And in The Long Shore, written in 1980, a fisherman was the hero.').actors.map((a) => a.id)).toEqual(['mira-dalby']);
    expect(run('Mira Dalby wrote eleven novels. Her novel The Long Shore won a prize in 1981.').actors.map((a) => a.id)).toEqual(['mira-dalby']);
  });

  it('still reads a body opened by "The" that is no work', () => {
    expect(run('The deal was approved by The Harbour Group, which said on Monday it would expand.').actors.map((a) => a.id)).toEqual(['harbour-group']);
  });
});

describe('a name after a preposition and "the" is a place', () => {
  it('makes no body of "in the Gulf" or "found in the Atlantic", whatever verb follows', () => {
    expect(run('The navy moved ships into the Gulf on Monday. Sailors in the Gulf will stay until May.').actors).toEqual([]);
    expect(run('The boy was found in the Atlantic last week. The Atlantic was calm.').actors).toEqual([]);
  });

  it('still reads a body that acts after "the" where no preposition governs it', () => {
    expect(run('Workers signed a deal with the Teamsters on Monday. The Teamsters said the strike was over.').ids(1)).toEqual(['teamsters']);
    expect(run('A Valmora spokesman said the Valmora would sail on Friday.').ids(0)).toEqual(['valmora']);
  });
});

describe('acronyms that name bodies', () => {
  it('joins an acronym to the body of the article whose initials it spells', () => {
    const r = run('The Harbour Licensing Authority ruled on Wednesday that the ferry must stop. Since the HLA decision was announced, the owners have appealed.');
    expect(r.ids(1)).toEqual(['harbour-licensing-authority']);
    const s = run('Korvex Data Systems will list its shares. KDS said on Tuesday it would cut 300 jobs.');
    expect(s.ids(1)).toEqual(['korvex-data-systems']);
  });

  it('reads the acronym after a sentence-opening "The", and leaves "The" before a longer name alone', () => {
    const r = run('Lawyers said the Harbour Licensing Authority cannot close the ferry. The HLA ruled last month that only the owner may appeal.');
    expect(r.ids(1)).toEqual(['harbour-licensing-authority']);
    const s = run('Lawyers said the Harbour Licensing Authority cannot close the ferry. The HLA Review Board ruled last month.');
    expect(s.ids(1)).not.toContain('harbour-licensing-authority');
  });

  it('reads an acronym that acts as a body of its own: "the VBI and police said", "VBI agents"', () => {
    const r = run('Contrary to other reports, the VBI and the police said Monday that the suspect had not confessed. VBI agents pushed ahead with the inquiry.');
    expect(r.byId.get('vbi')?.kind).toBe('organization');
    expect(r.ids(1)).toEqual(['vbi']);
  });

  it('leaves a short form of a thing, a credit and a line in capitals alone', () => {
    expect(run('DNA tests showed the remains were his. The TV crew left on Monday.').actors).toEqual([]);
    expect(run('HARBOURTON (NWP) -- The mayor said on Monday the port would close.').actors).toEqual([]);
    expect(run('STORM HITS COAST. The mayor said on Monday the port would close.').actors).toEqual([]);
  });
});

describe('an acronym with an initial left out inside, and one cited as a source', () => {
  it('joins "HMDU" to the "Harbour Metal and Dock Workers\' Union" it stands beside', () => {
    const r = run('The Harbour Metal and Dock Workers\' Union (HMDU) will strike on Monday. HMDU regional secretary Ida Marsh said talks failed.');
    expect(r.actors.filter((a) => a.kind === 'organization').map((a) => a.id)).toEqual(['harbour-metal-and-dock-workers-union']);
  });

  it('leaves a possessive acronym no body, and takes no part as a cited source', () => {
    expect(run('Lawyers acting for TLS\'s defendants in the case appealed.').actors).toEqual([]);
  });
});

describe('an acronym inside a longer name', () => {
  it('is no body of its own: "Kessel AB sold", "the KDP Acquisition Partners offer"', () => {
    expect(run('Kessel AB sold its stake on Monday.').actors.map((a) => a.id)).not.toContain('ab');
    expect(run('The board rejected the KDP Acquisition Partners offer on Monday.').actors.map((a) => a.id)).not.toContain('kdp');
  });
});

describe('a name that acts after a relative clause in commas', () => {
  it('reads "Lumora, which ran the site, closed it" as a body', () => {
    const r = run("Lumora, which hosted the forum for years, closed it on Thursday. Users broke Lumora's rules.");
    expect(r.ids(0)).toEqual(['lumora']);
  });

  it('leaves a name after a preposition, and one whose clause is followed by no verb', () => {
    expect(run("Near Lumora, which provided the space, troops massed. Users broke Lumora's rules.").byId.has('lumora')).toBe(false);
    expect(run("Lumora, which sits on the coast, a small town. Users broke Lumora's rules.").byId.has('lumora')).toBe(false);
  });
});

describe('a name between quotation marks', () => {
  it('is the title of a work or a site, no body, so "the company" takes the company named before it', () => {
    const r = run("Kessa Communications, which hosted the site, told reporters ``The Harbour Files'' had gone dark. The company said it was told on Friday.");
    expect(r.actors.map((a) => a.name)).toEqual(['Kessa Communications']);
    expect(r.ids(1)).toEqual(['kessa-communications']);
  });

  it('is a body when the text says a body is called so', () => {
    const r = run('Police said a movement calling itself "Harbour Watch" planted the bomb. Harbour Watch later denied it.');
    expect(r.actors.find((a) => a.name === 'Harbour Watch')?.kind).toBe('organization');
  });
});

describe('a name a body\'s noun describes in apposition', () => {
  it('reads "X, an anti-noise group," as a body, after a word that opens the clause too', () => {
    const r = run('Since Harbour Quiet, an anti-noise group, began its marches in 1994, the port has slowed.');
    expect(r.byId.get('harbour-quiet')?.kind).toBe('organization');
    expect(run('Kessel Works, a Lima money management firm, bought a stake on Monday.').byId.get('kessel-works')?.kind).toBe('organization');
  });

  it('leaves a group of people, a noun that qualifies another, and a person', () => {
    expect(run('Dorsk Lane, a group of lawyers, met on Monday.').actors).toEqual([]);
    expect(run('Ana Roth, a party official, said on Monday she would go.').byId.get('ana-roth')?.kind).toBe('person');
  });
});

describe('a word that opens a clause before a body\'s name', () => {
  it('is no word of the name', () => {
    const r = run('Although Harbour Trust Bank said it would sell, Kessel Watch stayed.');
    expect(r.actors.map((a) => a.name)).toContain('Harbour Trust Bank');
    expect(r.actors.some((a) => /^Although/.test(a.name))).toBe(false);
  });
});

describe('kin in a headline, and a company’s home town', () => {
  it('reads no body in "X’s Dad" written in a headline’s capitals', () => {
    const r = run("Castro Says Toma's Dad May Come Monday");
    expect(r.actors.some((a) => a.kind === 'organization')).toBe(false);
  });

  it('reads the name in commas after a company’s form as its town, no body', () => {
    const r = run('KESSLER Inc., Harbourton, said its unit, Lumo Services Inc., filed a plan on Friday.');
    expect(r.byId.has('harbourton')).toBe(false);
  });

  it('keeps a body that acts, whatever stands before it elsewhere', () => {
    const r = run('Kessler Inc. said Harbourton will buy it. Harbourton said on Monday it agreed.');
    expect(r.byId.get('harbourton')?.kind).toBe('organization');
  });
});
