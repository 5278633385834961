import { run } from './runActors';
import { compileArticle } from '../../../src/compiler/events/compileArticle';

describe('membership from the text', () => {
  it('binds clubs by their last word and a manager to the club of the story', () => {
    const r = run('Dunmore Wanderers beat Kelby Town 2-0. Wanderers had lost their last three games, and manager Ola Berg said the win mattered.');
    expect(r.ids(1)).toContain('dunmore-wanderers');
    expect(r.byId.get('ola-berg')?.memberOf).toEqual(['dunmore-wanderers']);
  });

  it('gives a title without a country, and the unqualified government, to the article’s country', () => {
    const r = run('Floods hit Peru on Monday. Prime Minister Ana Lobo visited the area, and the government declared an emergency.');
    expect(r.byId.get('ana-lobo')?.memberOf).toEqual(['peru']);
    expect(r.byId.get('peruvian-government')?.memberOf).toEqual(['peru']);
  });
});

describe('membership from a title or a possessive', () => {
  it('makes a person a member of the body or country whose possessive stands before the name', () => {
    const r = run('Torvan Motors said on Monday it would cut jobs. Torvan Motors’s Anna Kessler won the race. Peru’s Ana Lobo agreed.');
    expect(r.byId.get('anna-kessler')?.memberOf).toEqual(['torvan-motors']);
    expect(r.byId.get('ana-lobo')?.memberOf).toEqual(['peru']);
  });

  it('makes a body a member of the country or body whose possessive stands before it', () => {
    const r = run('Peru’s official Andean News Agency said on Monday that the talks failed. Torvan Motors’s Kessa Bank was sold in May.');
    expect(r.byId.get('andean-news-agency')?.memberOf).toEqual(['peru']);
    expect(r.byId.get('kessa-bank')?.memberOf).toEqual(['torvan-motors']);
  });

  it('gives no membership where the possessive is a person\'s, stands before a thing, or the body names a thing of the owner', () => {
    const r = run('Ana Lobo’s Andean News Agency was sold in May. Peru’s exports to the Andean News Agency fell. Chile’s Andean News Agency stake grew.');
    expect(r.byId.get('andean-news-agency')?.memberOf).toEqual([]);
  });

  it('makes a titled person a member of the body and the country the title names', () => {
    const r = run('Torvan Motors cut jobs. Torvan chief executive Gerard Voll said the plan was sound. Russian Foreign Minister Sergey Lavrov agreed.');
    expect(r.byId.get('gerard-voll')?.memberOf).toEqual(['torvan-motors']);
    expect(r.byId.get('sergey-lavrov')?.memberOf).toEqual(['russia']);
  });
});

describe('the body named in a title phrase', () => {
  it('makes "Torvan chief executive Ola Brun" a member of Torvan, not of the company named last', () => {
    const r = run('Torvan said on Monday it would cut jobs. Kelmar Industries cut jobs too. Torvan chief executive Ola Brun said the plan was sound.');
    expect(r.byId.get('ola-brun')?.memberOf).toEqual(['torvan']);
    const s = run('Kelmar Industries said on Monday it would cut jobs. Torvan Group chief executive Ola Brun said the plan was sound.');
    expect(s.byId.get('ola-brun')?.memberOf).toEqual(['torvan-group']);
  });

  it('leaves a bare title to the company of the article, and a capitalised title word to the title', () => {
    const r = run('Kelmar Industries said on Monday it would cut jobs. Chief executive Ola Brun said the plan was sound.');
    expect(r.byId.get('ola-brun')?.memberOf).toEqual(['kelmar-industries']);
    const s = run('Kelmar Industries said on Monday it would cut jobs, and its finance team agreed. Finance Chief Ola Brun said the plan was sound.');
    expect(s.byId.get('ola-brun')?.memberOf).toEqual(['kelmar-industries']);
  });
});

describe('a titled person joins a body read after it in the sentence', () => {
  it('makes "Valmont Police Chief Ana Roth" a member of the Valmont Police, and not "the Valmont Police and Chief Ana Roth"', () => {
    const r = run('Valmont Police Chief Ana Roth said on Friday that the case was closed.');
    expect(r.byId.get('ana-roth')?.memberOf).toContain('valmont-police');
    const s = run('The Valmont Police and Chief Ana Roth said on Friday that the case was closed.');
    expect(s.byId.get('ana-roth')?.memberOf ?? []).not.toContain('valmont-police');
  });
});

describe('a title a state has too ("President", "Chief") names a company only in the company\'s sentence', () => {
  it('makes "President Ana Roth" the company\'s when the sentence names the company', () => {
    const r = run('Halden Motors said on Monday that President Ana Roth would retire.');
    expect(r.byId.get('ana-roth')?.memberOf).toEqual(['halden-motors']);
  });

  it('leaves a president of a later sentence unattached, and keeps a chief executive the company\'s', () => {
    const r = run('Halden Motors said it would close the plant. President Ana Roth said on Monday the vote would be held.');
    expect(r.byId.get('ana-roth')?.memberOf).toEqual([]);
    const s = run('Halden Motors said it would close the plant. Chief Executive Ana Roth said on Monday the plant was too old.');
    expect(s.byId.get('ana-roth')?.memberOf).toEqual(['halden-motors']);
  });
});

describe('the title of "President X" is the capitalised words before the name', () => {
  it('reads "the strike that brought President X" as a president\'s title, not the company\'s named before', () => {
    const r = run('Kessa Rail said on Monday that it would cut jobs. Union leaders met Kessa Rail in Chile on Tuesday. The strike that brought President Ana Roth to the talks ended on Friday.');
    expect(r.byId.get('ana-roth')?.memberOf).toEqual(['chile']);
  });

  it('gives no president to a one-word name read as a body only because it acts', () => {
    const r = run('The yacht Lumo landed in 1956. Lumo is expected to sail again. Lumo will carry the boy home to Chile, President Ana Roth said on Monday.');
    expect(r.byId.get('ana-roth')?.memberOf).not.toContain('lumo');
  });

  it('keeps the company of a president named in the same sentence as the company', () => {
    const r = run('Kessa Rail said on Monday that it would cut jobs. Kessa Rail will close two lines, President Ana Roth said on Tuesday.');
    expect(r.byId.get('ana-roth')?.memberOf).toEqual(['kessa-rail']);
  });
});

describe('a capitalised word before a title that names no body', () => {
  it('makes no body of a word that opens the sentence ("Once Colonel X", "Following President X") or a portfolio', () => {
    expect(run('Once Colonel Ana Roth was picked, the crew flew to Peru.').actors.map((a) => a.id)).toEqual(['ana-roth', 'peru']);
    expect(run('Following President Ana Roth\'s speech, the crowd left Peru.').actors.map((a) => a.id)).toEqual(['ana-roth', 'peru']);
    const r = run('Environment Minister Ana Roth and Cabinet Secretary Ola Brun voted on Friday in Peru.');
    expect(r.actors.filter((a) => a.kind === 'organization')).toEqual([]);
  });

  it('keeps a body named before a company title, at the opening of a sentence too', () => {
    expect(run('Torvan chief executive Ola Brun said on Monday sales fell.').byId.get('ola-brun')?.memberOf).toEqual(['torvan']);
  });
});

describe('a title without a country when the article names several', () => {
  it('gives it the dateline’s country rather than the country the article names most', () => {
    const r = run('LIMA, Peru (AP) — Tarn Air will double its flights to Chile. Chile welcomed the plan, and Chile’s airports are ready. In a statement issued with Tourism Minister Ana Lobo, the airline said flights start in May.');
    expect(r.byId.get('ana-lobo')?.memberOf).toEqual(['peru']);
  });

  it('reads a US state or a US city a dateline names alone as the United States', () => {
    const state = run('SALEM, Ore. (AP) — Floods hit Mexico and Mexico’s north. Governor Ana Lobo sent help.');
    expect(state.byId.get('ana-lobo')?.memberOf).toEqual(['united-states']);
    const city = run('CHICAGO (AP) — Floods hit Mexico and Mexico’s north. Governor Ana Lobo sent help.');
    expect(city.byId.get('ana-lobo')?.memberOf).toEqual(['united-states']);
  });

  it('reads a dateline that stands alone as the first paragraph, with an agency and a dash or an underscore', () => {
    const alone = run('LIMA, Peru (AP) --\n\nTarn Air will double its flights to Chile. Chile welcomed the plan, and Chile’s airports are ready. Tourism Minister Ana Lobo said flights start in May.');
    expect(alone.byId.get('ana-lobo')?.memberOf).toEqual(['peru']);
    const city = run('CHICAGO _\n\nFloods hit Mexico and Mexico’s north. Governor Ana Lobo sent help.');
    expect(city.byId.get('ana-lobo')?.memberOf).toEqual(['united-states']);
  });

  it('reads a standalone dateline whose state is written in capitals with a dot, which the splitter cuts', () => {
    const r = run('SALEM, ORE. (AP)--\n\nFloods hit Mexico and Mexico’s north. Governor Ana Lobo sent help.');
    expect(r.byId.get('ana-lobo')?.memberOf).toEqual(['united-states']);
  });

  it('reads no dateline from a first paragraph in capitals that names no place, nor from a sentence', () => {
    const shout = run('FLOODS AND MORE FLOODS --\n\nFloods hit Mexico and Mexico’s north. Governor Ana Lobo sent help.');
    expect(shout.byId.get('ana-lobo')?.memberOf).toEqual(['mexico']);
    const sentence = run('Officials in Lima spoke first.\n\nFloods hit Mexico and Mexico’s north. Governor Ana Lobo sent help.');
    expect(sentence.byId.get('ana-lobo')?.memberOf).toEqual(['mexico']);
  });

  it('leaves the article’s country when the dateline places the report nowhere known', () => {
    const r = run('PARIS, Texas (AP) — Floods hit Mexico and Mexico’s north. Governor Ana Lobo sent help.');
    expect(r.byId.get('ana-lobo')?.memberOf).toEqual(['mexico']);
  });

  it('reads a country before a comma as no title of the name after it', () => {
    const r = run('LIMA, Peru (AP) -- Officials met on Monday.\n\nIn a bid to send the pilot back to Chile, President Ivo Salk said he would fly to Mexico.');
    expect(r.byId.get('ivo-salk')?.memberOf).toEqual(['peru']);
    expect(run('Chilean President Ivo Salk said he would fly to Mexico.').byId.get('ivo-salk')?.memberOf).toEqual(['chile']);
  });

  it('does not give it the country another person’s possessive or title takes in the same sentence', () => {
    const r = run('The dispute between Peru and Chile grew on Monday when Peru’s Ana Lobo called President Ivo Salk a liar. Peru and Peru’s army were ready.');
    expect(r.byId.get('ivo-salk')?.memberOf).toEqual(['chile']);
    const both = run('Peru sent troops. Peru and Chile talked. Peruvian Prime Minister Ana Lobo and President Ivo Salk met on Monday.');
    expect(both.byId.get('ivo-salk')?.memberOf).toEqual([]);
  });
});

describe('a title with its portfolio after "of"', () => {
  it('gives "Secretary of State X" and "Minister of Defence X" the country before the title', () => {
    expect(run('Peruvian Secretary of State Ana Lobo visited the port on Tuesday.').byId.get('ana-lobo')?.memberOf).toEqual(['peru']);
    expect(run('Chile’s Minister of Defence Ivo Salk met the troops.').byId.get('ivo-salk')?.memberOf).toEqual(['chile']);
  });

  it('leaves a name after "of" and a place alone: "a friend of Lima Ana Lobo" has no title', () => {
    expect(run('The mayor of Lima Ana Lobo spoke, said Ivo Salk of Chile.').byId.get('ivo-salk')?.memberOf ?? []).toEqual([]);
  });
});

describe('a title’s country guessed from the article', () => {
  it('gives no second country to a president the article’s sentences place already', () => {
    const r = run('Sanctions carry risks for President Olek Varga and Chile. Peru and Bolivia met. President Varga’s case was helped by Peruvian reports from Bolivia. Peru said no. Peru left.');
    expect(r.byId.get('olek-varga')?.memberOf).toEqual(['chile']);
  });

  it('takes no country named only as an object for a title ("President X vowed to strike against Peru")', () => {
    expect(run('SANTIAGO, Chile (AP) -- President Ana Lobo vowed on Friday to strike against Peru.').byId.get('ana-lobo')?.memberOf).toEqual(['chile']);
    expect(run('SANTIAGO, Chile (AP) -- President Ana Lobo of Peru spoke on Friday.').byId.get('ana-lobo')?.memberOf).toEqual(['peru']);
  });

  it('takes no country named only before a topic ("to look into the Peruvian issue") for a title', () => {
    expect(run('SANTIAGO, Chile (AP) -- Cabinet Secretary Ana Lobo flew out on Friday to look into the Peruvian issue.').byId.get('ana-lobo')?.memberOf).toEqual(['chile']);
    expect(run('SANTIAGO, Chile (AP) -- Peruvian Cabinet Secretary Ana Lobo flew out on Friday.').byId.get('ana-lobo')?.memberOf).toContain('peru');
  });

  it('still guesses the country of a president the article places nowhere else', () => {
    const r = run('LUMA, Peru (AP) -- President Ana Lobo spoke on Friday in the capital.');
    expect(r.byId.get('ana-lobo')?.memberOf).toEqual(['peru']);
  });

  it('reads memberships once the article’s bodies are known: "president of U.S. Harlow" is the bank’s, not the country’s', () => {
    const r = run('Ana Brel was named chairman of U.S. Harlow Corp., a bank. Mr. Brel, who also heads U.S. Harlow, will stay.');
    expect(r.byId.get('ana-brel')?.memberOf).not.toContain('united-states');
  });
});

describe('an officer’s title in an appositive or a clause after the name', () => {
  const opening = 'Dorvik Textiles Inc. said on Monday it would cut jobs. ';

  it('makes the officer a member of the company the appositive names', () => {
    expect(run(`${opening}Jonas Pellar, the chief of Dorvik Textiles, said on Tuesday the plant would close.`).byId.get('jonas-pellar')?.memberOf).toEqual(['dorvik-textiles']);
    expect(run(`${opening}Edward Sarro, Dorvik Textiles's vice president for finance, said on Tuesday that sales fell.`).byId.get('edward-sarro')?.memberOf).toEqual(['dorvik-textiles']);
  });

  it('makes the holder of an office given by "who is" or "was named" a member of its company', () => {
    expect(run(`${opening}Arthur Kell, who is president of Dorvik Textiles, resigned on Sunday.`).byId.get('arthur-kell')?.memberOf).toEqual(['dorvik-textiles']);
    expect(run(`${opening}Robert Fane was named chairman of Dorvik Textiles on Friday.`).byId.get('robert-fane')?.memberOf).toEqual(['dorvik-textiles']);
  });

  it('leaves alone a former officer, a title without one, and a clause of no office', () => {
    expect(run(`${opening}Jonas Pellar, a former chairman of Dorvik Textiles, said on Tuesday the plant would close.`).byId.get('jonas-pellar')?.memberOf).toEqual([]);
    expect(run(`${opening}Jonas Pellar, a customer of Dorvik Textiles, said on Tuesday the plant would close.`).byId.get('jonas-pellar')?.memberOf ?? []).toEqual([]);
    expect(run(`${opening}Robert Fane was named in a suit against Dorvik Textiles on Friday.`).byId.get('robert-fane')?.memberOf ?? []).toEqual([]);
  });
});

describe('the words before a company officer’s title name the body the officer heads', () => {
  it('reads "Varo Fein chairman Mitchell Dunne" as Varo Fein’s chairman, Varo Fein a body wherever it is named', () => {
    const r = run('The government called for Varo Fein, the rebels’ political wing, to be expelled on Monday. Varo Fein chairman Mitchell Dunne said the party would fight.');
    expect(r.byId.get('varo-fein')?.kind).toBe('organization');
    expect(r.byId.get('mitchell-dunne')?.memberOf).toEqual(['varo-fein']);
  });

  it('reads a capitalised title too, and the body named later with a verb after it', () => {
    const r = run('Cie. de Navigation Varra Chairman Marc Fournet said his board rejected the bid. Mr. Fournet said Navigation Varra would fight.');
    expect(r.byId.get('navigation-varra')?.kind).toBe('organization');
    expect(r.byId.get('marc-fournet')?.memberOf).toEqual(['navigation-varra']);
    expect(r.ids(1)).toContain('navigation-varra');
  });

  it('leaves alone a person’s name before another title, and a portfolio before a minister', () => {
    const r = run('Ana Roth adviser Mitchell Dunne said on Monday the talks would resume.');
    expect(r.byId.get('ana-roth')?.kind ?? 'person').toBe('person');
    expect(r.byId.get('mitchell-dunne')?.memberOf ?? []).toEqual([]);
    expect(run('Foreign Affairs Minister Ana Roth said on Monday the talks would resume.').byId.has('foreign-affairs')).toBe(false);
  });
});

describe('a country before a title with "of" and its portfolio', () => {
  it('makes "US Secretary of State X" a member of the country, not a second actor beside X', () => {
    const raw = `---\ntitle: Test\npublished: 2023-06-15\n---\nAna Roth and US Secretary of State Olek Varga toured Kelby on Monday.\n`;
    const { events, actors } = compileArticle({ id: 'test', file: 'test.md', raw });
    expect([...events[0]!.actors].sort()).toEqual(['ana-roth', 'olek-varga']);
    expect(actors.find((a) => a.id === 'olek-varga')!.memberOf).toEqual(['united-states']);
  });

  it('leaves a country that is listed with the body before the title', () => {
    const raw = `---\ntitle: Test\npublished: 2023-06-15\n---\nAna Roth met Chile and Bank of Peru President Olek Varga on Monday.\n`;
    const { events } = compileArticle({ id: 'test', file: 'test.md', raw });
    expect(events[0]!.actors).toContain('chile');
  });
});

describe('a capital that opens the sentence as its setting', () => {
  // [article, the titled person's memberships]
  const cases: [string, string[]][] = [
    // The setting places the president, not the article's main country.
    ['Chile protested. Chile and Chile again. In Lima, President Olek Varga opened a bridge.', ['peru']],
    // A capital the sentence only goes to places no one.
    ['Chile protested. President Olek Varga flew to Lima.', ['chile']],
    // A country the sentence names comes first.
    ['In Lima, President Olek Varga of Chile met Ana Roth.', ['chile']],
  ];
  it.each(cases)('%s', (article, memberOf) => {
    expect(run(article).byId.get('olek-varga')?.memberOf).toEqual(memberOf);
  });
});
