import { mergeActors } from '../../../src/compiler/actors/extractActors';
import { run } from './runActors';
import { familyAfter, nameWithoutLast } from '../../../src/compiler/actors/context';

describe('extractActors plural references', () => {
  it('takes the two countries just named', () => {
    const r = run('Peru and Ecuador signed a border deal. The two countries will open new crossings.');
    expect(r.ids(1).sort()).toEqual(['ecuador', 'peru']);
  });

  it('refuses when more actors fit than the number says', () => {
    const r = run('Peru, Chile and Ecuador signed a trade pact. The two countries will cut tariffs.');
    expect(r.ids(1)).toEqual([]);
  });

  it('takes the pair named together when a third country came up in between', () => {
    const r = run("Peru and Ecuador traded fire on Monday. Brazil said it supported Lima. The clashes were the worst on the two countries' border since 1995.");
    expect(r.ids(2).sort()).toEqual(['ecuador', 'peru']);
  });
});

describe('"the companies" with no number, and "They" after several bodies', () => {
  it('reads "the companies" as the bodies the sentence before opens with, and "They" after them as the same', () => {
    const r = run('Halden Mills Inc. agreed to buy Brinmore Corp. Halden and Brinmore said the deal was signed by Tarla Inc. The companies said the sale needs approval. They said they expect to close it by May.');
    expect(r.ids(2).sort()).toEqual(['brinmore', 'halden-mills']);
    expect(r.ids(3).sort()).toEqual(['brinmore', 'halden-mills']);
  });

  it('leaves "They" alone after one actor or people, and "the companies" with no several bodies named', () => {
    expect(run('Halden Mills Inc. cut 300 jobs. They said little more.').ids(1)).toEqual([]);
    expect(run('Ana Roth and Ivo Salk met. They said little more.').ids(1)).toEqual([]);
    expect(run('Halden Mills Inc. cut 300 jobs. Many companies did the same in May.').ids(1)).toEqual([]);
  });
});

describe('extractActors: a bare number for the actors just named', () => {
  it('reads "the three" before a verb as the three countries, and "the two" as two people', () => {
    expect(run('Chile, Peru and Bolivia applied to the bloc. The three will sign the accord in April.').ids(1).sort()).toEqual(['bolivia', 'chile', 'peru']);
    expect(run('Ana Roth and Luis Vera ran in the primary. The two met on Monday.').ids(1).sort()).toEqual(['ana-roth', 'luis-vera']);
  });

  it('takes a plural noun after capitalised words ("the three Andean nations"), and leaves a number that counts a thing', () => {
    expect(run('Chile, Peru and Bolivia applied to the bloc. Ecuador backed the three Andean nations on Monday.').ids(1).sort()).toEqual(['bolivia', 'chile', 'ecuador', 'peru']);
    expect(run('Chile, Peru and Bolivia applied to the bloc. The three ships sailed on Monday.').ids(1)).toEqual([]);
    expect(run('Chile and Peru applied to the bloc. The three will sign the accord in April.').ids(1)).toEqual([]);
  });

  it('does not count a country named only in a person’s title, and still counts one that acts', () => {
    const titled = 'Chile, Peru and Bolivia can now join the bloc, Argentine defense minister Ana Roth said. The three will sign the accord in April.';
    expect(run(titled).ids(1).sort()).toEqual(['bolivia', 'chile', 'peru']);
    expect(run('Chile, Peru and Bolivia can now join the bloc, Argentina said. The three will sign the accord in April.').ids(1)).toEqual([]);
  });
});

describe('extractActors short names of bodies', () => {
  it('binds "the Commission" and "the Board" to the body last named with that last word', () => {
    const r = run('The European Commission proposed the plan. On Wednesday, the Commission released funds. The Harbour Board said it would appeal. Critics said the Board had no choice.');
    expect(r.ids(1)).toEqual(['european-commission']);
    expect(r.ids(3)).toEqual(['harbour-board']);
  });

  it('binds "the agency" and "the foundation" in lower case to the body last named ending in that word', () => {
    const r = run('The Civil Aviation Agency closed the airport at Tarvik. The agency said on Monday it would reopen it. The Harbour Arts Foundation met. Critics said the foundation was too slow.');
    expect(r.ids(1)).toEqual(['civil-aviation-agency']);
    expect(r.ids(3)).toEqual(['harbour-arts-foundation']);
  });

  it('leaves a lower-case head with a word of its own before it, and "the commission" of an unnamed one, alone', () => {
    const r = run('The Civil Aviation Agency closed the airport. The space agency said on Monday the launch would wait. The Tarn Trade Commission met in May. The commission will publish the vote count on the 25th.');
    expect(r.ids(1)).toEqual([]);
    expect(r.ids(3)).toEqual([]);
  });

  it('leaves a longer name that starts with the same word alone', () => {
    const r = run('The European Commission proposed the plan. The Commission of Inquiry will report in May.');
    expect(r.ids(1)).not.toContain('european-commission');
  });
});

describe('extractActors: plural and either references', () => {
  it('resolves "the two candidates" and "either parliament"', () => {
    const r = run('Voters chose between Senator Lina Sarro and Mayor Piet Holm. Polls put the two candidates level.');
    expect(r.ids(1).sort()).toEqual(['lina-sarro', 'piet-holm']);
    const s = run('Peru and Ecuador signed the pact in 2009. It was never ratified by either parliament.');
    expect(s.ids(1).sort()).toEqual(['ecuador', 'peru']);
  });
});

describe('pronouns that open a clause', () => {
  it('reads "she" and "he" as the person named before', () => {
    const r = run('Novelist Edda Voss won the Halden Prize in 1991. She died in Valmont on Sunday, her family said.');
    expect(r.ids(1)).toContain('edda-voss');
  });

  it('prefers the subject the recent sentences keep naming over a person named in passing', () => {
    const r = run('Mayor Ilse Korda, 60, led the city from 1999. Korda won after ousting the councillor Rune Dahl. He said nothing. She won again in 2004.');
    expect(r.ids(3)).toEqual(['ilse-korda']);
  });

  it('reads "it" before a verb of its own as the body named before, and leaves an expletive "it" alone', () => {
    const r = run('Talvik Shipping said it will cut 300 jobs. It is expected that prices will rise.');
    expect(r.ids(0)).toEqual(['talvik-shipping']);
    expect(r.mentions[1]).toEqual([]);
  });

  it('gives "she" no person the text calls a man, and "he" no person it calls a woman', () => {
    const r = run('Novelist Edda Voss won the Halden Prize in 1991. Rune Dahl, a spokesman for her publisher, announced the award. She died on Sunday.');
    expect(r.ids(2)).toEqual(['edda-voss']);
    const s = run('Novelist Edda Voss won the Halden Prize in 1991. Rune Dahl, a spokeswoman for her publisher, announced the award. She died on Sunday.');
    expect(s.ids(2)).toEqual(['rune-dahl']);
    const t = run('Edda Voss met Mr. Dahl. Rune Dahl praised the book. She smiled on Sunday.');
    expect(t.ids(2)).toEqual(['edda-voss']);
  });

  it('reads a sentence-opening "he" as the subject of the sentence before, over a person named more often earlier', () => {
    const r = run('Police are looking for Tomas Brenner. Brenner fled in May. Brenner left his car at the port. Ivo Salk has been missing since June. He is also wanted in Valmont.');
    expect(r.ids(4)).toEqual(['ivo-salk']);
  });

  it('keeps the most-named person when the sentence before opens with someone else’s possession', () => {
    const r = run('Police are looking for Tomas Brenner. Brenner fled in May. Ivo Salk’s brother said little. He is also wanted in Valmont.');
    expect(r.ids(3)).toEqual(['tomas-brenner']);
  });

  it('reads a sentence-opening "It" as the body the sentence before opens with, over a body named more often', () => {
    const r = run('Halden Mills Inc. agreed to buy Brinmore Corp. Brinmore shares soared. Brinmore, based in Luma, has 80 stores. Halden, which owns 300 shops, would grow. It says sales will double by 2026.');
    expect(r.ids(4)).toEqual(['halden-mills']);
    const s = run('Halden Mills Inc. agreed to buy Brinmore Corp. Brinmore shares soared. Brinmore, based in Luma, has 80 stores. It said sales rose in June.');
    expect(s.ids(3)).toEqual(['brinmore']);
  });

  it('reads a pronoun said again after the one the sentence opens with as the same person, not one named between', () => {
    const r = run('Tomas Brenner criticised his cousins on Sunday. He has phoned Marco Brenner twice since he landed in Lima.');
    expect(r.mentions[1]!.filter((m) => m.rule === 'pronoun').map((m) => m.actorId)).toEqual(['tomas-brenner', 'tomas-brenner']);
    const s = run('Tomas Brenner criticised his cousins on Sunday. Marco Brenner said he arrived in Lima in May.');
    expect(s.mentions[1]!.filter((m) => m.rule === 'pronoun').map((m) => m.actorId)).toEqual(['marco-brenner']);
  });

  it('reads "he" after kin of whom there are several as the person whose kin they are, and not after one kin', () => {
    const r = run('Marco Brenner was missing. Marco’s cousins have looked after him since May, when he was found near Callao.');
    expect(r.mentions[1]!.filter((m) => m.rule === 'pronoun').map((m) => m.actorId)).toEqual(['marco-brenner']);
    const s = run('Marco Brenner was missing. Marco’s father said on Monday that he would appeal.');
    expect(s.mentions[1]!.filter((m) => m.rule === 'pronoun').map((m) => m.actorId)).not.toContain('marco-brenner');
  });

  it('leaves an object pronoun alone', () => {
    const r = run('Novelist Edda Voss won the Halden Prize. The jury told her on Monday.');
    expect(r.ids(1)).toEqual([]);
  });
});

describe('one actor per entity', () => {
  it('joins a shorter full name to the longer one it begins, and a name without its initial to the one with it', () => {
    const r = run('Luis Mendes Ortiz said the plan was ready. Luis Mendes Ortiz Vela added that it would help. Senator Carla Rinn met Carla J. Rinn.');
    expect(r.byId.get('luis-mendes-ortiz-vela')?.aliases).toContain('Luis Mendes Ortiz');
    expect(r.byId.has('luis-mendes-ortiz')).toBe(false);
    expect(r.byId.get('carla-j-rinn')?.aliases).toContain('Carla Rinn');
    expect(r.ids(0)).toEqual(['luis-mendes-ortiz-vela']);
  });

  it('files a company under its name without the company-form suffix, so other articles meet it there', () => {
    const a = run('Talvik Shipping Corp. said on Monday it would sell ferries.');
    const b = run('Talvik Shipping sold two ferries on Tuesday.');
    expect(a.byId.has('talvik-shipping')).toBe(true);
    const corpus = mergeActors([a.actors, b.actors]);
    const talvik = corpus.filter((x) => x.id.startsWith('talvik'));
    expect(talvik.map((x) => [x.id, x.name, x.aliases])).toEqual([['talvik-shipping', 'Talvik Shipping', ['Talvik Shipping Corp']]]);
  });
});

describe('the chain, the retailer, the carrier', () => {
  it('binds "the chain" to the company named before, and leaves "a chain" alone', () => {
    const r = run('Talvik Stores Inc. said sales fell. On Tuesday the chain filed for bankruptcy. A chain of events followed.');
    expect(r.ids(1)).toEqual(['talvik-stores']);
    expect(r.ids(2)).toEqual([]);
  });

  it('types a name ending in "Air Lines" as an airline, so "the carrier" takes it', () => {
    const r = run('Valmont Air Lines cut fares. The carrier said on Monday that demand was weak.');
    expect(r.ids(1)).toEqual(['valmont-air-lines']);
  });
});

describe('a company described between "the" and its noun', () => {
  it('binds "the No. 1 Peruvian auto maker", "the car and truck insurer" and "the thrift" to the company', () => {
    expect(run('Kessa Motors Corp. sought clearance last week. The No. 1 Peruvian auto maker then wrote Lumo PLC on Friday.').ids(1)).toEqual(['kessa-motors', 'lumo']);
    expect(run('Tarlo Insurance Co. said net rose. A year before, the car and truck insurer earned $1.4 million.').ids(1)).toEqual(['tarlo-insurance']);
    expect(run('Kelby Savings Bank said a sale fell through. On Aug. 21 the thrift had made its plan public.').ids(1)).toEqual(['kelby-savings-bank']);
  });

  it('takes the company the report is about, not the buyer named last ("the thrift holding company")', () => {
    const r = run('Orlan Financial Corp. said holders approved its sale to Brelco Ltd. of Lima. The thrift holding company hopes to close by year-end.');
    expect(r.ids(1)).toEqual(['orlan-financial']);
  });

  it('leaves a description of another company alone ("the rival carmaker", "a carmaker")', () => {
    expect(run('Harlow Corp. bid for Lumo Inc. The rival carmaker said on Friday that talks would fail.').ids(1)).not.toContain('lumo');
    expect(run('Harlow Corp. grew. A Peruvian carmaker said on Friday that talks would fail.').ids(1)).not.toContain('harlow');
  });
});

describe('a company’s figures told without its name', () => {
  it('gives them to the one company the sentence before names', () => {
    const r = run('Ana Brel runs Harlow Trust Corp. and Kessa Ltd. bought it. "We grew," Ms. Brel said of Harlow Trust. This year net income rose. By Sept. 30 its assets were down to $2.4 billion.');
    expect(r.ids(2)).toEqual(['harlow-trust']);
    expect(r.ids(3)).toEqual(['harlow-trust']);
  });

  it('leaves them to no one after a sentence naming two companies, or a sentence that is no figure', () => {
    expect(run('Ana Brel runs Harlow Trust Corp. and Kessa Ltd. bought it. Harlow Trust and Kessa met. This year net income rose.').ids(2)).toEqual([]);
    expect(run('Ana Brel runs Harlow Trust Corp. and Kessa Ltd. bought it. "We grew," Ms. Brel said of Harlow Trust. The weather was fine.').ids(2)).toEqual([]);
  });
});

describe('the company an article is about', () => {
  it('takes a sentence that names no one in an article about one company', () => {
    const r = run('Quorra is expected to unveil a new phone on Sept. 12. Analysts said Quorra would price it high. Quorra declined to comment. Release is planned for Sept. 21. Quorra shares rose.');
    expect(r.ids(3)).toEqual(['quorra']);
  });

  it('leaves such a sentence empty when the company does not open the article, or the article is about a country or several bodies', () => {
    expect(run('Peru closed the border on Monday. Peru said talks would follow. Peru named an envoy. Release is planned for May.').ids(3)).toEqual([]);
    expect(run('A fire at the Quorra plant killed four on Monday. Quorra said it was shocked. Quorra shut the plant. Quorra paid the families. Firefighters brought the blaze under control.').ids(4)).toEqual([]);
    expect(run('Quorra rose on Monday. Lumo Logistics fell. Lumo Logistics said costs grew. Quorra declined to comment. Release is planned for May.').ids(4)).toEqual([]);
  });
});


describe('kin named once, then named by the kin noun', () => {
  it('reads "Tomas\'s father" as the father the text named before', () => {
    const r = run('Tomas Varga’s father in Chile, Ivo Marek Varga, filed a claim. Tomas’s father spoke to reporters. Tomas Varga’s great-uncle Pavel Hruska met the judge. Tomas’s great-uncle spoke.');
    expect(r.ids(1)).toContain('ivo-marek-varga');
    expect(r.ids(3)).toContain('pavel-hruska');
  });

  it('leaves kin nobody named and kin of another person alone, and makes kin in the plural a group', () => {
    const r = run('Tomas Varga’s father, Ivo Marek Varga, filed a claim. Tomas’s mother spoke. Tomas’s cousins wrote to the court. Lena Novak’s father wrote a letter.');
    expect(r.ids(1)).toEqual(['tomas-varga']);
    expect(r.ids(2)).toEqual(['tomass-cousins', 'tomas-varga']);
    // (Kin nobody named that acts is a person of its own, in the sentence's words; never another family's.)
    expect(r.ids(3)).toEqual(['lena-novak', 'lena-novaks-father']);
  });
});

describe('a pronoun after a date that opens its clause', () => {
  it('takes the person for "On Friday she had …" and "Friday she …"', () => {
    const r = run('Ana Roth moved to Lima in 1961. On Friday she spoke about the case. Friday she left.');
    expect(r.ids(1)).toEqual(['ana-roth']);
    expect(r.ids(2)).toEqual(['ana-roth']);
  });

  it('leaves a pronoun after a word that is no date alone ("the files she kept")', () => {
    expect(run('Ana Roth moved to Lima in 1961. The files she kept were lost.').ids(1)).toEqual([]);
  });
});

describe('a person named with a short form of the first name', () => {
  it('is the person named with the full first name, and the bare surname is that person too', () => {
    const r = run('Martin Ackerley made a bid for the company on Monday. Ackerley wants a new board. The chairman said the buy-back was not aimed at Marty Ackerley.');
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.id)).toEqual(['martin-ackerley']);
    expect(r.byId.get('martin-ackerley')?.aliases).toContain('Marty Ackerley');
    expect(r.ids(1)).toEqual(['martin-ackerley']);
  });

  it('leaves apart two first names that are not short forms, and a short form two full names could stand for', () => {
    expect(run('Mark Lenz said on Monday he would run. Martin Lenz said on Tuesday he would not.').actors.map((a) => a.id).sort()).toEqual(['mark-lenz', 'martin-lenz']);
    const r = run('Edward Lenz and Theodore Lenz said on Monday they would run. Ted Lenz said on Tuesday he would not.');
    expect(r.byId.has('ted-lenz')).toBe(true);
  });
});

describe('"the three foreign ministers": people the article gives that title', () => {
  it('takes the people titled so, not the last people named', () => {
    const r = run('Foreign Minister Ana Roth of Chile met Olek Varga, her Peruvian counterpart. President Ivo Kessler spoke. The two foreign ministers left.');
    expect(r.mentions[2]!.map((m) => m.actorId).sort()).toEqual(['ana-roth', 'olek-varga']);
  });

  it('takes no one when the people named last hold another title', () => {
    const r = run('President Ana Roth of Chile met President Olek Varga of Peru. The two foreign ministers left.');
    expect(r.mentions[1]!.map((m) => m.actorId)).toEqual([]);
  });
});

describe('kin of whom there are several, named by their kin word', () => {
  it('makes "Roth\'s Lima cousins" a group that takes part, not Roth', () => {
    const r = run("Ana Roth was found on Monday. Two of Roth's Lima cousins sought support in the capital.");
    expect(r.byId.get("roths-lima-cousins")).toMatchObject({ kind: 'group', name: "Roth's Lima cousins" });
  });

  it('leaves a kin noun of one person, and a plural noun that is no kin', () => {
    const r = run("Ana Roth was found on Monday. Roth's father said he was glad. Roth's lawyers filed a motion.");
    expect(r.actors.filter((a) => a.kind === 'group')).toEqual([]);
  });
});

describe('"the boy", "the girl": the one child the article names', () => {
  it('takes the person given a child\'s age', () => {
    const r = run('Anel Voss, 6, was found at sea in May. The boy was placed with an uncle.');
    expect(r.mentions[1]!.map((m) => m.actorId)).toEqual(['anel-voss']);
  });

  it('takes no one when no child is named, or when two are', () => {
    expect(run('Anel Voss was found at sea in May. The boy was placed with an uncle.').mentions[1]).toEqual([]);
    const two = run('Anel Voss, 6, and 8-year-old Ida Brandt were found at sea. The child was placed with an uncle.');
    expect(two.mentions[1]).toEqual([]);
    // The boy's kin is no child.
    const kin = run("Tomas Varga said his son was well. Ida Varga, the boy's stepmother, agreed. The boy was placed with an uncle.");
    expect(kin.mentions[2]).toEqual([]);
  });
});

describe('a pronoun after a quotation closed with two apostrophes', () => {
  // [article, the actors of its second sentence]
  const cases: [string, string[]][] = [
    // "``…,'' he said": the person of the sentence before speaks.
    ["Olek Varga has tried hard to calm the Peruvians. ``We want a bridge,'' he said last year.", ['olek-varga']],
    // A pronoun inside the quotation opens no clause.
    ["Olek Varga spoke. ``Tell him we want a bridge,'' Ana Roth said.", ['ana-roth']],
  ];
  it.each(cases)('%s', (article, ids) => {
    expect(run(article).mentions[1]!.map((m) => m.actorId)).toEqual(ids);
  });
});

describe('kin of one that the article never names', () => {
  it('is a person in the sentence\'s words when it acts', () => {
    const r = run('Anel\'s mother and two others drowned when their raft sank on Monday.');
    expect(r.byId.get('anel-s-mother')?.kind ?? r.actors.find((a) => a.name === "Anel's mother")?.kind).toBe('person');
    expect(run('Voss\'s stepfather said on Thursday that he hoped for news.').actors.map((a) => a.name)).toContain("Voss's stepfather");
  });

  it('leaves kin the article names, and kin that does not act', () => {
    const named = run('Voss\'s father, Olek Brand, said on Monday he was proud.');
    expect(named.actors.map((a) => a.name)).not.toContain("Voss's father");
    expect(run('They met Voss\'s mother on Monday.').actors.map((a) => a.name)).not.toContain("Voss's mother");
  });
});

describe('nameWithoutLast: a company filed without its form', () => {
  it('drops the form, and the ampersand or spelt "amp" left before it', () => {
    expect(nameWithoutLast('Harlow Holdings Corp.')).toBe('Harlow Holdings');
    expect(nameWithoutLast('Brandt & Co.')).toBe('Brandt');
    expect(nameWithoutLast('Brandt amp Co.')).toBe('Brandt');
    expect(nameWithoutLast('Kessel Drilling amp Exploration Co.', 1)).toBe('Kessel Drilling amp Exploration');
    expect(nameWithoutLast('Kessel Drilling amp Exploration Co. Ltd.', 2)).toBe('Kessel Drilling amp Exploration');
  });
  it('keeps a name of one word before an ampersand, and a trailing comma goes', () => {
    expect(nameWithoutLast('& Co.')).toBe('&');
    expect(nameWithoutLast('Tolva Mills, Inc.')).toBe('Tolva Mills');
  });
});

describe('familyAfter: "the X family" is a group of its own', () => {
  const at = (text: string, name: string) => familyAfter(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('gives the length of " family" after a name "the" opens', () => {
    expect(at('Later the Brandt family sent a fax.', 'Brandt')).toBe(' family'.length);
  });
  it('leaves a name without "the", and a name with no family after it', () => {
    expect(at('Brandt family members sent a fax.', 'Brandt')).toBe(0);
    expect(at('The Brandt familiar said so.', 'Brandt')).toBe(0);
    expect(at('The Brandt farm was sold.', 'Brandt')).toBe(0);
  });
});

describe('a company described by a noun that needs its describing words ("the brewing giant")', () => {
  it('binds "the Varnian auto giant", "the tech giant" and "the Dutch chipmaker" to the company the sentence before opened with', () => {
    // The sentence before names two companies; the one it opens with is its subject, not the one named last.
    const r = run('In courting Varnian lawmakers, Kessa Motors Corp. said its offer would keep Lumo PLC independent. This week, the Varnian auto giant flew ten of them to its plant.');
    expect(r.ids(1)).toContain('kessa-motors');
    expect(r.ids(1)).not.toContain('lumo');
    expect(run('Norvex Inc. posted a loss on Monday. The tech giant said on Tuesday it would cut 2,000 jobs.').ids(1)).toContain('norvex');
    const chip = run('Halden Semiconductor NV warned on sales. The Dutch chipmaker said on Friday that orders fell.').ids(1);
    expect(chip).toContain('halden-semiconductor');
    // The country in the description is the company's, no party of its own (as in "the Varnian auto maker").
    expect(chip).not.toContain('netherlands');
  });

  it('reads a relative clause after the description as the company\'s ("a warning from the brewing giant, which …")', () => {
    const r = run('Brellin Breweries Inc. said it would cut prices. Behind the jargon stands a warning from the brewing giant, which in 2022 sold 41% of all beer.');
    expect(r.ids(1)).toEqual(['brellin-breweries']);
  });

  it('leaves the noun alone when nothing describes it, when it qualifies a noun, or when it is a person\'s ("the giant of the team")', () => {
    const said = (text: string) => run(text).mentions[1]!.map((m) => m.text);
    expect(said('Norvex Inc. posted a loss. The famous giant panda was moved to the Lima zoo on Monday.')).toEqual([]);
    expect(said('Norvex Inc. posted a loss. The gentle giant of the team, Ivo Marek, retired on Monday.')).not.toContain('giant');
    expect(said('Norvex Inc. posted a loss. The giant stood still on Monday.')).toEqual([]);
    expect(said('Norvex Inc. posted a loss. The chipmaker shortage worsened on Monday.')).toEqual([]);
  });
});
