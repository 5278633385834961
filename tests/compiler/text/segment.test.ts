import { readFileSync } from 'node:fs';
import { articleDateline, splitSentences } from '../../../src/compiler/text/segment';

const texts = (text: string, options?: Parameters<typeof splitSentences>[1]) =>
  splitSentences(text, options ?? { hasTitle: false }).map((s) => s.text);

describe('splitSentences on the seed article', () => {
  const text = readFileSync(new URL('../../../seeds/000_30beba559cdab82b.txt', import.meta.url), 'utf8');
  const sentences = splitSentences(text);

  it('keeps offsets exact and trimmed', () => {
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });

  it('gives headline, standfirst, repeated headline, then body', () => {
    expect(sentences.slice(0, 4).map((s) => s.role)).toEqual(['headline', 'standfirst', 'repeated-headline', 'body']);
    expect(sentences.slice(3).every((s) => s.role === 'body')).toBe(true);
  });

  it('does not split after "Dec." and splits the last paragraph in two', () => {
    expect(sentences.find((s) => s.text.startsWith('Since Dec. 12,'))?.text).toMatch(/in the region\.$/);
    const last = sentences.filter((s) => s.paragraph === 12).map((s) => s.text);
    expect(last).toHaveLength(2);
    expect(last[1]).toBe('The Russian-brokered peace agreement is celebrated as a triumph in Azerbaijan.');
  });

  it('numbers sentences and paragraphs in text order', () => {
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
    expect(sentences).toHaveLength(14);
  });
});

describe('splitSentences abbreviations', () => {
  it('does not split after titles', () => {
    expect(texts('Gen. Mark Milley met Adm. John Aquilino. Lt. Col. Ana Ruiz and Brig. Gen. Lee attended.')).toEqual([
      'Gen. Mark Milley met Adm. John Aquilino.',
      'Lt. Col. Ana Ruiz and Brig. Gen. Lee attended.',
    ]);
    expect(texts('Mr. Smith and Mrs. Jones met Dr. Patel. Pres. Macron and Sen. Warren spoke to Gov. Hochul and Rep. Cole.')).toHaveLength(2);
  });

  it('does not split after month abbreviations followed by a day', () => {
    expect(texts('The vote was moved to Sept. 27 from Aug. 30. Results are due Nov. 3.')).toEqual([
      'The vote was moved to Sept. 27 from Aug. 30.',
      'Results are due Nov. 3.',
    ]);
  });

  it('keeps "U.S." inside a noun phrase but ends a sentence on it when a new sentence starts', () => {
    expect(texts('The U.S. President Joe Biden spoke to U.N. Secretary-General Antonio Guterres.')).toHaveLength(1);
    expect(texts('The talks were held in the U.S. Officials said progress was made.')).toEqual([
      'The talks were held in the U.S.',
      'Officials said progress was made.',
    ]);
    expect(texts('Sanctions came from the U.K. The Kremlin said it would respond.')).toHaveLength(2);
  });

  it('keeps "U.S." without "the" before a capitalised word in the sentence: it opens a name ("of U.S. Harlow Corp.")', () => {
    expect(texts('Ana Brel was named chairman of U.S. Harlow Corp., a bank, on Monday.')).toHaveLength(1);
    expect(texts('Shares rose. U.S. Harlow, a bank, said profit fell.')).toEqual(['Shares rose.', 'U.S. Harlow, a bank, said profit fell.']);
    expect(texts('The appeal went to the full 4th U.S. Harbour Court of Review.')).toHaveLength(1);
    // As a noun, with "the", it still ends a sentence before a capital.
    expect(texts('Exports to the U.S. Harlow said fell.')).toHaveLength(2);
  });

  it('keeps a title that opens with a word of its own after "U.S." in the sentence', () => {
    expect(texts('U.S. Surgeon General Ana Lobo flew to Lima on Monday.')).toHaveLength(1);
    expect(texts('The U.N. Deputy Secretary-General arrived, and the U.S. Chief Justice spoke.')).toHaveLength(1);
    expect(texts('The nurses were trained in the U.S. Surgeons from Lima joined them.')).toHaveLength(2);
  });

  it('treats a.m./p.m. by what follows', () => {
    expect(texts('Polls close at 8 p.m. Sunday, the commission said.')).toHaveLength(1);
    expect(texts('The quake struck at 4 a.m. The epicentre was offshore.')).toHaveLength(2);
    // The same time in another zone, in brackets, goes on with the clock; a bracket that opens a sentence does not.
    expect(texts('The dam burst at about 9:20 a.m. (0620 GMT) Monday, flooding the lower town.')).toHaveLength(1);
    expect(texts('The dam burst at about 9:20 a.m. (Residents had been warned.) The town flooded.')).toHaveLength(3);
    expect(texts('The quake struck at 4 a.m. 1200 homes lost power.')).toHaveLength(2);
  });

  it('keeps decimals, initials, street names and numbers', () => {
    expect(texts('Growth slowed to 3.5 percent, said J. R. Smith of St. Louis. Shares fell 2.1%.')).toEqual([
      'Growth slowed to 3.5 percent, said J. R. Smith of St. Louis.',
      'Shares fell 2.1%.',
    ]);
    expect(texts('Resolution No. 853 was adopted in 1993.')).toHaveLength(1);
  });

  it('ends a sentence after company suffixes when a capital follows', () => {
    expect(texts('Shares of Acme Inc. rose. Acme Corp. said profits doubled.')).toEqual([
      'Shares of Acme Inc. rose.',
      'Acme Corp. said profits doubled.',
    ]);
  });
});

describe('splitSentences punctuation', () => {
  it('keeps quoted speech with its attribution', () => {
    expect(texts('"We will not give up," he said. "The match is not over!" the coach shouted.')).toEqual([
      '"We will not give up," he said.',
      '"The match is not over!" the coach shouted.',
    ]);
  });

  it('starts a sentence at a quotation opened with two backticks, as wire copy types it', () => {
    expect(texts("The mayor spoke in the square on Monday. ``We will rebuild the bridge,'' she said.")).toEqual([
      'The mayor spoke in the square on Monday.',
      "``We will rebuild the bridge,'' she said.",
    ]);
    // A backtick inside a sentence starts nothing.
    expect(texts('The file `tide` was published.')).toHaveLength(1);
  });

  it('puts a closing quote after the full stop inside the sentence', () => {
    expect(texts('He called it “a disaster.” Rescuers kept digging.')).toEqual(['He called it “a disaster.”', 'Rescuers kept digging.']);
  });

  it('splits on ? and ! and capitalised text after an ellipsis only', () => {
    expect(texts('Will the ceasefire hold? Nobody knows! Talks resume on Monday.')).toHaveLength(3);
    expect(texts('The road to ... peace is long. Then what… He did not say.')).toEqual([
      'The road to ... peace is long.',
      'Then what…',
      'He did not say.',
    ]);
  });

  it('does not split inside web addresses or numbers with dots', () => {
    expect(texts('Details are on mfa.gov.az and in version 2.0.1 of the report.')).toHaveLength(1);
  });
});

describe('splitSentences structure', () => {
  it('marks a dateline and leaves it out of the sentence', () => {
    const text = 'Headline here\n\nMOSCOW, Nov. 10 (Reuters) - Russia said on Tuesday it had sent troops. More followed.';
    const [, first, second] = splitSentences(text);
    expect(first?.dateline?.text).toBe('MOSCOW, Nov. 10 (Reuters) -');
    expect(text.slice(first!.dateline!.start, first!.dateline!.end)).toBe(first!.dateline!.text);
    expect(first?.text).toBe('Russia said on Tuesday it had sent troops.');
    expect(second?.dateline).toBeNull();
  });

  it('recognises datelines with a country and a date ending in a full stop', () => {
    const [s] = splitSentences('BAKU, Azerbaijan, December 23. Talks ended without a deal.', { hasTitle: false });
    expect(s?.dateline?.text).toBe('BAKU, Azerbaijan, December 23.');
    expect(s?.text).toBe('Talks ended without a deal.');
    const [t] = splitSentences('YEREVAN, Armenia (AP) — Voters went to the polls.', { hasTitle: false });
    expect(t?.dateline?.text).toBe('YEREVAN, Armenia (AP) —');
  });

  it('recognises the dateline forms wire services and papers use', () => {
    const cases: Array<[string, string, string]> = [
      ['VELMORA, AUGUST 14, NORDPRESS-BALTINFO: The assembly met on Monday.', 'VELMORA, AUGUST 14, NORDPRESS-BALTINFO:', 'The assembly met on Monday.'],
      ['OSTRAVIN | March 24: The council ordered schools closed.', 'OSTRAVIN | March 24:', 'The council ordered schools closed.'],
      ['NEW HARBOR | March 24: The council ordered schools closed.', 'NEW HARBOR | March 24:', 'The council ordered schools closed.'],
      ['Port Elsin, August 6 (PNA)--Local author Ida Marr died on Monday.', 'Port Elsin, August 6 (PNA)--', 'Local author Ida Marr died on Monday.'],
      ['KESSARO, (Newswire) – Thieves took three paintings on Thursday.', 'KESSARO, (Newswire) –', 'Thieves took three paintings on Thursday.'],
      ['Dravik, April 27 (TNA) The toll rose to 412 on Monday.', 'Dravik, April 27 (TNA)', 'The toll rose to 412 on Monday.'],
      ['(Briefly) – A strong aftershock shook the valley today.', '(Briefly) –', 'A strong aftershock shook the valley today.'],
      ['Oct. 15 (Newswire) -- Brenmark Foods filed for bankruptcy on Monday.', 'Oct. 15 (Newswire) --', 'Brenmark Foods filed for bankruptcy on Monday.'],
      ['NEWS DESK (DİHA) - A storm flooded the port.', 'NEWS DESK (DİHA) -', 'A storm flooded the port.'],
      ['Sept. 27 — The storm reached the coast on Monday.', 'Sept. 27 —', 'The storm reached the coast on Monday.'],
      // Older wire copy closes the dateline with an underscore standing for a dash.
      ['HARBOURTON, Veldmark (AP)_ Dockworkers walked out on Friday.', 'HARBOURTON, Veldmark (AP)_', 'Dockworkers walked out on Friday.'],
      ['KESSARO (AP)_The mayor resigned on Monday.', 'KESSARO (AP)_', 'The mayor resigned on Monday.'],
    ];
    for (const [paragraph, dateline, sentence] of cases) {
      const [, first] = splitSentences(`Headline here\n\n${paragraph}`);
      expect(first?.dateline?.text).toBe(dateline);
      expect(first?.text).toBe(sentence);
    }
  });

  it('leaves a chronology its dates: items that open on a date are not datelines', () => {
    const text = 'How the dispute grew\n\nMarch 24 – The army begins shelling.\n\nJune 10 – The two sides sign a truce.';
    const items = splitSentences(text).slice(1);
    expect(items.map((s) => s.dateline)).toEqual([null, null]);
    expect(items.map((s) => s.text)).toEqual(['March 24 – The army begins shelling.', 'June 10 – The two sides sign a truce.']);
  });

  it('takes a date alone as a dateline only in the first body paragraph', () => {
    const text = 'Storm hits\n\nThe storm reached the coast.\n\nOct. 2 — A second storm formed.';
    expect(splitSentences(text)[2]?.dateline).toBeNull();
  });

  it('does not take an ordinary opening for a dateline', () => {
    const [s] = splitSentences('Moscow, the capital, saw heavy snow on Monday.', { hasTitle: false });
    expect(s?.dateline).toBeNull();
    const [t] = splitSentences('NATO and the EU met on Monday.', { hasTitle: false });
    expect(t?.dateline).toBeNull();
    // An underscore inside a sentence is a dash of the sentence, not the end of a dateline.
    const [u] = splitSentences('The vote _ the first in a decade _ passed on Monday.', { hasTitle: false });
    expect(u?.dateline).toBeNull();
  });

  it('uses the front-matter title to recognise the headline', () => {
    const text = 'Floods hit the north\n\nHeavy rain flooded villages on Sunday.';
    expect(splitSentences(text, { hasTitle: false, title: 'Floods hit the north' })[0]?.role).toBe('headline');
    expect(splitSentences(text, { hasTitle: false, title: 'Something else' })[0]?.role).toBe('body');
  });

  it('does not call a lede with attribution a standfirst', () => {
    const text = 'Quake hits coast\n\nA strong earthquake struck the coast, officials said.\n\nRescue teams were sent.';
    expect(splitSentences(text).map((s) => s.role)).toEqual(['headline', 'body', 'body']);
  });

  it('treats a single newline as a soft wrap, unless each line ends a sentence', () => {
    const wrapped = splitSentences('Title\n\nThe council met on\nMonday and voted.', {});
    expect(wrapped[1]?.text).toBe('The council met on\nMonday and voted.');
    const perLine = splitSentences('Title\nThe council met.\nThe mayor resigned', {});
    expect(perLine.map((s) => s.paragraph)).toEqual([0, 1, 2]);
    expect(perLine[2]?.text).toBe('The mayor resigned');
  });

  it('takes the first line as headline even without a blank line after it', () => {
    const s = splitSentences('Storm hits coast\nWinds reached 200 km/h on Friday.');
    expect(s.map((x) => x.role)).toEqual(['headline', 'body']);
  });
});

describe('splitSentences robustness', () => {
  it('never throws on odd input', () => {
    for (const input of ['', ' ', '\n\n\n', '....', '?!', 'a', '"', 'Dr.', 'U.S.', '\u2026', '\r\n\r\n', 'X. Y. Z.']) {
      expect(() => splitSentences(input)).not.toThrow();
      for (const s of splitSentences(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
    }
    expect(splitSentences(undefined as unknown as string)).toEqual([]);
  });

  // A quadratic scan would blow the test's time-out; speed itself is the benchmark's to measure.
  it('splits a 5 MB text with a 200,000-character line', () => {
    const line = 'word '.repeat(40_000);
    const body = 'Gen. Smith said on Dec. 12 that U.S. troops left. "Why?" he asked. '.repeat(70_000);
    const text = `Headline\n\n${line}\n\n${body}`;
    const out = splitSentences(text);
    expect(out.length).toBe(2 + 2 * 70_000);
    expect(out[3]!.text).toBe('"Why?" he asked.');
    expect(out[2]!.text).toBe('Gen. Smith said on Dec. 12 that U.S. troops left.');
  });
});

describe('splitSentences: page furniture', () => {
  const text = [
    'Ministers agree grain corridor extension',
    '',
    'By Anna Keller and Tomás Ruiz',
    'Updated 14:32 GMT, 3 May 2024',
    '',
    'Turkey and the United Nations agreed on Thursday to extend the corridor.',
    '',
    'Advertisement',
    '',
    'Photo: A cargo ship waits off Istanbul, April 29, 2024. (Reuters)',
    '',
    'By Tuesday, the first ships had sailed. By Friday, Officials Said more would follow.',
    '',
    'Read more: How the grain deal collapsed',
    '',
    'Reporting by Anna Keller; Editing by Mark Potter',
  ].join('\n');
  const sentences = splitSentences(text);
  const roleOf = (start: string) => sentences.find((s) => s.text.startsWith(start))?.role;

  it('marks bylines, stamps, captions, links and credits as furniture', () => {
    expect(sentences.filter((s) => s.role === 'furniture').map((s) => s.text.split(/\s+/).slice(0, 3).join(' '))).toEqual([
      'By Anna Keller',
      'Advertisement',
      'Photo: A cargo',
      '(Reuters)',
      'Read more: How',
      'Reporting by Anna',
    ]);
  });

  it('marks a credit line in brackets as furniture, and keeps a sentence in brackets', () => {
    const roles = splitSentences('Port reopens\n\nThe port reopened on Monday.\n\n(Baltic Wire Service November 8, 2006)\n\n(The port had been shut since May.)')
      .map((s) => s.role);
    expect(roles).toEqual(['headline', 'body', 'furniture', 'body']);
  });

  it('keeps story sentences that start with "By" and a date or a capital', () => {
    expect(roleOf('By Tuesday, the first ships')).toBe('body');
    expect(roleOf('By Friday, Officials Said')).toBe('body');
    expect(roleOf('Turkey and the United Nations')).toBe('body');
  });
});

describe('articleDateline: where the report was filed', () => {
  const of = (text: string) => articleDateline(text, splitSentences(text));
  it('is the dateline the splitter set apart before the lead', () => {
    expect(of('Ferry back in service\n\nPORT LUMA, Varnia (Wirepost) -- The ferry sailed again on Monday.')).toMatch(/^PORT LUMA, Varnia/);
  });
  it('is a first line that is a dateline alone, the story below it', () => {
    expect(of('Ferry back in service\n\nSALEM, Ore. _\nThe ferry sailed again on Monday.')).toBe('SALEM, Ore. _');
  });
  it('is null for a story with no dateline, and for a first line of capitals that is a sentence', () => {
    expect(of('Ferry back in service\n\nThe ferry sailed again on Monday.')).toBeNull();
    expect(of('Ferry back in service\n\nBREAKING NEWS FROM THE HARBOUR today.\nThe ferry sailed again.')).toBeNull();
  });
});
