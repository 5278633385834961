// One happening, one event: an article that tells a happening more than once
// gives one event with a passage for each telling; two happenings told alike
// stay two. Invented articles, compiled whole.
import { compileArticle } from '../../../src/compiler/events/compileArticle';
import { figuresDiffer, figuresOf, isExpectation } from '../../../src/compiler/events/sameHappening';

function compile(body: string[], published = '2024-03-09', title = 'A story') {
  const raw = ['---', `title: ${title}`, `published: ${published}`, '---', ...body.flatMap((p) => [p, ''])].join('\n');
  return compileArticle({ id: 'story', file: 'story.md', raw }).events;
}

describe('one happening, one event', () => {
  it('makes a date told three times in one sentence one event with a passage for each', () => {
    const events = compile([
      'The appeals court upheld its February 22 ruling, said its February 22 ruling was final and sent its February 22 ruling to the ministry.',
    ]);
    const ruling = events.filter((e) => e.date.start === '2024-02-22');
    expect(ruling).toHaveLength(1);
    expect(ruling[0]!.sources).toHaveLength(3);
  });

  it('joins a signing told in the lead and again in a later paragraph, keeping both passages', () => {
    const events = compile([
      'The Korvan accord, signed by the two governments in Pellan on May 8, 2023, opened the border crossing.',
      'Officials of both sides said the crossing had been busy since.',
      'On May 8, 2023, the two governments signed the Korvan accord after nine days of talks in Pellan.',
    ]);
    const signing = events.filter((e) => e.date.start === '2023-05-08');
    expect(signing).toHaveLength(1);
    expect(signing[0]!.sources.map((s) => s.quote)).toEqual([
      expect.stringMatching(/^The Korvan accord, signed/),
      expect.stringMatching(/^On May 8, 2023, the two governments signed/),
    ]);
    expect(signing[0]!.merge?.explanation).toMatch(/this article tells it 2 times/);
  });

  it('keeps two dates of one sentence apart where the vaguer holds the finer: two happenings of one subject', () => {
    const events = compile(['About 300 people living near the mill were evacuated last week and allowed back on Friday.'], '2024-03-13');
    expect(events).toHaveLength(2);
  });

  it('keeps a happening of "earlier this week" apart from one of the article\'s own day, and joins one of a day before', () => {
    // Published on a Thursday.
    const today = compile([
      'The talks between the Velmar port board and the dockers reopened on Thursday.',
      'The port board agreed to talks with the dockers earlier this week, only to see them call the talks off.',
    ], '2024-03-14');
    expect(today.filter((e) => e.sources.length > 1)).toHaveLength(0);
    const before = compile([
      'The talks between the Velmar port board and the dockers reopened on Tuesday.',
      'The talks between the port board and the dockers reopened earlier this week.',
    ], '2024-03-14');
    expect(before.filter((e) => e.sources.length > 1)).toHaveLength(1);
  });

  it('keeps apart two happenings of one day that the article tells as two', () => {
    const events = compile([
      'A man was shot dead on Tresk Street just before 9:40 p.m. on Friday, police said.',
      'The other fatal shooting happened on Friday at about 11:05 p.m. on Tresk Street, police said.',
    ]);
    expect(events.filter((e) => e.date.start === '2024-03-08')).toHaveLength(2);
  });

  it('keeps apart two happenings of one day and one kind whose figures differ', () => {
    const events = compile([
      'A magnitude 7.1 earthquake struck the Orlan valley on Saturday, destroying hundreds of homes.',
      'A magnitude 5.9 earthquake struck the Orlan valley on Saturday, cracking the walls of the school.',
    ]);
    expect(events.filter((e) => e.date.start === '2024-03-09')).toHaveLength(2);
  });

  it('joins a happening named by its noun on a day with one told by a noun of its kind, or a generic noun, that day', () => {
    const attacks = compile([
      'The almost simultaneous attacks on March 2 at the two embassies in Kessaro and Doln killed 80 people.',
      'The council condemned the bombings on Thursday.',
      '"The incidents of March 2 show that terror knows no borders," the envoy said.',
    ]);
    expect(attacks.filter((e) => e.date.start === '2024-03-02')).toHaveLength(1);
    expect(attacks.find((e) => e.date.start === '2024-03-02')!.sources).toHaveLength(2);
    const ruling = compile([
      "Relatives of the boy said they would fight Wednesday's ruling by the Land Tribunal.",
      'The tribunal decision was announced on Wednesday after a hearing of two days.',
    ]);
    expect(ruling.filter((e) => e.date.start === '2024-03-06')).toHaveLength(1);
  });

  it('joins a happening named by its noun on a vague date with the same kind of happening of that month, the same name in both', () => {
    const events = compile([
      'VARNO (Wirepost) _ Tesk\'s trade minister said that the bombings this month of two ferry offices in Varno showed the ports were exposed.',
      'The bombings of the ferry offices, on March 2, killed 40 people in Varno.',
    ], '2024-03-20');
    const bombings = events.filter((e) => e.date.start.startsWith('2024-03') && /bombings/i.test(e.label));
    expect(bombings).toHaveLength(1);
    expect(bombings[0]!.date.start).toBe('2024-03-02');
    expect(bombings[0]!.sources).toHaveLength(2);
  });

  it('keeps apart two bombings of a month that name no one place alike', () => {
    const apart = compile([
      'The minister said that the bombings this month of two ferry offices in Varno showed the ports were exposed.',
      'The bombings of the rail depots, on March 2, killed 40 people in Ostra.',
    ], '2024-03-20');
    expect(apart.filter((e) => /bombings/i.test(e.label))).toHaveLength(2);
  });

  it('keeps a second attack of the day, a ruling of another day and a ruling beside an attack apart', () => {
    const events = compile([
      'A bomb exploded at the Kessaro market on March 2, killing four.',
      'A second attack on March 2 hit a bus in Doln.',
      "The court's ruling of March 2 freed the two guards.",
    ]);
    expect(events.filter((e) => e.date.start === '2024-03-02')).toHaveLength(3);
  });

  it('keeps two different happenings of one sentence on two dates apart', () => {
    const events = compile(['Police cleared the square in March, and the following day thousands marched through the old town.']);
    expect(events.length).toBeGreaterThanOrEqual(1);
    for (const e of events) expect(e.sources).toHaveLength(1);
  });
});

describe('figures that tell happenings apart', () => {
  it('reads magnitudes and tolls, and allows a revised magnitude', () => {
    expect(figuresOf('a 6.6-magnitude aftershock').magnitudes).toEqual([6.6]);
    expect(figuresOf('the death toll rose to 1,341').tolls).toEqual([1341]);
    expect(figuresDiffer(figuresOf('a magnitude 7.8 quake'), figuresOf('a magnitude 7.9 quake'))).toBe(false);
    expect(figuresDiffer(figuresOf('a magnitude 7.8 quake'), figuresOf('a magnitude 6.6 quake'))).toBe(true);
    expect(figuresDiffer(figuresOf('the toll rose to 114'), figuresOf('the toll rose to 1,341'))).toBe(true);
    // A figure on one side only says nothing.
    expect(figuresDiffer(figuresOf('the toll rose to 114'), figuresOf('rescuers searched the ruins'))).toBe(false);
  });
});

describe('a happening told as expected', () => {
  it('reads a modal, a plan or a word of expecting before "to" or "for" as a happening still to come', () => {
    expect(isExpectation('Harlow Stores will close 40 shops')).toBe(true);
    expect(isExpectation('Harlow Stores is about to file for bankruptcy')).toBe(true);
    expect(isExpectation('Ravel council is set to vote on the budget')).toBe(true);
    expect(isExpectation('Bridge due for reopening')).toBe(true);
  });

  it('leaves a count opened by "about" and a deed told with "set" as done', () => {
    expect(isExpectation('About 300 people were killed in the Dorsk floods')).toBe(false);
    expect(isExpectation('Police set up a checkpoint on the Kessel road')).toBe(false);
    expect(isExpectation('Harlow Stores filed for bankruptcy')).toBe(false);
  });

  it('reads any irregular past before a word of expecting as done', () => {
    // "built" and "shut" come before "expected to", so the sentence tells a deed.
    expect(isExpectation('Varna Steel built a mill expected to open in spring')).toBe(false);
    expect(isExpectation('Police shut the bridge expected to reopen on Friday')).toBe(false);
    expect(isExpectation('The mill is expected to open in spring')).toBe(true);
  });
});

describe('one happening, one event: bids at other prices', () => {
  it('keeps a bid at another price per share apart from the one turned down earlier', () => {
    expect(compile([
      'Earlier this year, Orlan Mills turned down a $15 a share bid from Tesk, calling it underfunded.',
      'Tesk last week made a new, $12-a-share bid for Orlan Mills.',
    ], '2024-10-31')).toHaveLength(2);
    expect(compile([
      'In March, Orlan Mills turned down a $15 a share bid from Tesk, calling it underfunded.',
      'Tesk in March made a new, $12-a-share bid for Orlan Mills.',
    ], '2024-10-31')).toHaveLength(2);
  });

  it('still joins one rejection told twice, at its price and without one', () => {
    const told = (again: string) => compile(['Orlan on Monday spurned a $15 a share bid by the Tesk group as too thin.', 'Analysts were surprised.', again]);
    expect(told('On Monday, Orlan spurned the Tesk group bid of $15 a share.')).toHaveLength(1);
    expect(told('On Monday, Orlan spurned the Tesk group bid.')).toHaveLength(1);
  });
});

describe('one killing told by its noun and in other words', () => {
  it('joins "the October slaying of" a person and "was gunned down last Oct. 9" of the same person', () => {
    const events = compile([
      'With a rifle dug up last week, the Tesk police say their file on the October slaying of Dr. Ivo Marn is ready for a grand jury.',
      'Ivo Marn ran the only clinic in Tesk until he was gunned down last Oct. 9 in his flat on Pell Street.',
    ], '2024-03-09');
    const killing = events.filter((e) => e.date.start.startsWith('2023-10'));
    expect(killing).toHaveLength(1);
    expect(killing[0]!.date.start).toBe('2023-10-09');
    expect(killing[0]!.sources).toHaveLength(2);
  });

  it('keeps apart the killings of two people in one month, and a killing and another deed of its victim', () => {
    const two = compile([
      'The Tesk police say their file on the October slaying of Dr. Ivo Marn is ready for a grand jury.',
      'Ana Brel, a nurse at the clinic, was gunned down last Oct. 9 in her flat on Pell Street.',
    ], '2024-03-09');
    expect(two.filter((e) => e.date.start.startsWith('2023-10'))).toHaveLength(2);
    const kinds = compile([
      'The Tesk police say their file on the October slaying of Dr. Ivo Marn is ready for a grand jury.',
      'Ivo Marn had opened a second clinic on Oct. 3 on Pell Street.',
    ], '2024-03-09');
    expect(kinds.filter((e) => e.date.start.startsWith('2023-10'))).toHaveLength(2);
  });
});

describe('one day, one set of parties, two happenings', () => {
  it('keeps apart a deed and a statement of the same parties on the same day that share only their names', () => {
    const events = compile([
      'Varno, Ostrava and Pellan joined the Tolva customs union on Friday after ten years of talks.',
      'The mayors said the weather in the three towns was mild.',
      'Envoys of Varno, Ostrava and Pellan issued a joint statement on Friday saying the union will open a new era.',
    ], '2024-03-09');
    const friday = events.filter((e) => e.date.start === '2024-03-08');
    expect(friday).toHaveLength(2);
    expect(friday.map((e) => e.label).join(' | ')).toMatch(/statement/);
  });

  it('keeps apart an expected accession and a summit of one month', () => {
    const events = compile([
      'Varno and Ostrava are expected to join the Tolva Pact in April.',
      'Officials said planning went on in the capitals.',
      'Varno and Ostrava can also take part in planning for the Tolva Pact summit in April.',
    ], '2024-03-09');
    expect(events.filter((e) => e.date.start.startsWith('2024-04'))).toHaveLength(2);
  });

  it('still joins a happening told once inside a report of it and once by its noun', () => {
    // "reported that ... would hold" dates the event, not the report.
    const events = compile([
      'Last month the Varno Courier reported that Orvane would hold its launch event on May 3, 2024.',
      'Orvane declined to say more.',
      'The Courier was the first to report the launch event date of May 3, 2024, which Orvane confirmed.',
    ], '2024-04-20');
    expect(events.filter((e) => e.date.start === '2024-05-03')).toHaveLength(1);
  });

  it('still joins a deed and the saying that reports it done on its day', () => {
    const events = compile([
      'Halden Mills bought the Tolva bakery chain on Friday for 40 million euros.',
      'Officials said planning went on in the capitals.',
      'Halden Mills said on Friday it bought the Tolva bakery chain.',
    ], '2024-03-09');
    expect(events.filter((e) => e.date.start === '2024-03-08')).toHaveLength(1);
  });

  it('still joins one signing told twice in other words', () => {
    const events = compile([
      'Varno and Ostrava signed a border treaty on Friday in Pellan.',
      'Officials said planning went on in the capitals.',
      'The border treaty between Varno and Ostrava was signed on Friday after long talks.',
    ], '2024-03-09');
    expect(events.filter((e) => e.date.start === '2024-03-08')).toHaveLength(1);
  });
});

describe("a quarter's result told again", () => {
  it('joins a third-quarter result told again without its figure to the result with its figure', () => {
    const events = compile([
      'Halden Mills said third-quarter net income rose 5% to $238 million, or 91 cents for each share.',
      'Shares of the company fell in heavy trading.',
      'Though its third-quarter earnings came as "a letdown," an analyst said, the real worry is the price war.',
    ], '2023-10-26');
    const quarter = events.filter((e) => e.dateReason.rule === 'reported-quarter');
    expect(quarter).toHaveLength(1);
    expect(quarter[0]!.sources).toHaveLength(2);
  });

  it('keeps apart a result and another deed of its quarter told without a figure', () => {
    const events = compile([
      'Halden Mills said third-quarter net income rose 5% to $238 million.',
      'Shares of the company fell in heavy trading.',
      'During the third quarter, Halden Mills bought a former paper plant in Tolva.',
    ], '2023-10-26');
    expect(events.filter((e) => e.dateReason.rule === 'reported-quarter')).toHaveLength(2);
  });

  it('keeps apart two results of one quarter, each with its figure', () => {
    const events = compile([
      'Halden Mills said third-quarter net income rose 5% to $238 million.',
      'Shares of the company fell in heavy trading.',
      'Orvane Holdings posted a third-quarter loss of $4 million on lower ferry traffic.',
    ], '2023-10-26');
    expect(events.filter((e) => e.dateReason.rule === 'reported-quarter')).toHaveLength(2);
  });
});

describe("a limit set for a day and that day's deadline", () => {
  it('joins a limit set with "by" a day and the deadline of that day named again further down', () => {
    const events = compile([
      'The Tolva housing board ruled on Wednesday that the Marn family must leave the harbour flat by March 20.',
      'Neighbours gathered outside the board office in the afternoon.',
      'The board gave no reason for the March 20 deadline, and the family said it would appeal.',
    ], '2024-03-07');
    const limit = events.filter((e) => e.date.start === '2024-03-20');
    expect(limit).toHaveLength(1);
    expect(limit[0]!.sources).toHaveLength(2);
  });

  it("joins a tech firm's filing window and the deadline of that day, told after the noun", () => {
    const events = compile([
      'Regulators told Brenna Labs to submit its revised safety report no later than March 22.',
      'Brenna Labs shares slipped 2% in Lima trading.',
      'The company said it was confident it would meet the deadline of March 22 set by the agency.',
    ], '2024-03-05');
    expect(events.filter((e) => e.date.start === '2024-03-22')).toHaveLength(1);
  });

  it('keeps apart a deadline and another thing done on its day, and two limits set alike', () => {
    const events = compile([
      'The Tolva housing board ruled on Wednesday that the Marn family must leave the harbour flat by March 20.',
      'Neighbours gathered outside the board office in the afternoon.',
      'The Marn family will hold a street party on March 20.',
    ], '2024-03-07');
    expect(events.filter((e) => e.date.start === '2024-03-20')).toHaveLength(2);
  });
});

describe('a decision named by its noun and a court acting that day', () => {
  it('joins a court that acted on a day and the ruling of that day named again further down', () => {
    const events = compile([
      'A federal appeals court on Thursday struck down the Tolva county ban on night flights.',
      'Airport workers cheered outside the building.',
      'The county could ask the same panel to reconsider Thursday\'s ruling, its lawyer said.',
    ], '2024-03-09');
    const day = events.filter((e) => e.date.start === '2024-03-07');
    expect(day).toHaveLength(1);
    expect(day[0]!.sources).toHaveLength(2);
  });

  it("joins a jury's conviction and the verdict of its day, in a sports doping case", () => {
    const events = compile([
      'A jury in Lima convicted former cycling coach Ivo Marn of supplying banned drugs on Monday.',
      'Marn, 58, had denied every charge.',
      'His lawyer said he would appeal Monday\'s verdict within the week.',
    ], '2024-03-13');
    expect(events.filter((e) => e.date.start === '2024-03-11')).toHaveLength(1);
  });

  it('reads the noun a few words after the date, and takes an opinion poll for no decision', () => {
    const joined = compile([
      'A federal appeals court on Thursday struck down the Tolva county ban on night flights.',
      'Airport workers cheered outside the building.',
      'The county will study the Thursday appeals court ruling, its lawyer said.',
    ], '2024-03-09');
    expect(joined.filter((e) => e.date.start === '2024-03-07')).toHaveLength(1);
    const poll = compile([
      'A panel of Tolva doctors on Thursday urged a ban on night flights.',
      'Airport workers protested outside the building.',
      "Thursday's opinion poll by the Varno Herald found most residents back the ban.",
    ], '2024-03-09');
    expect(poll.filter((e) => e.date.start === '2024-03-07')).toHaveLength(2);
  });

  it('keeps apart a ruling and another body acting that day, and a ruling of another day', () => {
    const events = compile([
      'The Tolva council met on Thursday to discuss night flights.',
      'Airport workers cheered outside the building.',
      'Thursday\'s ruling by the regional court on noise limits was welcomed by residents.',
    ], '2024-03-09');
    expect(events.filter((e) => e.date.start === '2024-03-07')).toHaveLength(2);
    const other = compile([
      'A federal appeals court on Thursday struck down the Tolva county ban on night flights.',
      'Airport workers cheered outside the building.',
      'The county had welcomed Tuesday\'s ruling by a lower court.',
    ], '2024-03-09');
    expect(other.filter((e) => e.date.start === '2024-03-07')).toHaveLength(1);
    expect(other.filter((e) => e.date.start === '2024-03-05')).toHaveLength(1);
  });
});

describe('a happening named after a possessive date, and its clause told with the verb', () => {
  it('joins a vote told with its verb and, further down, the same day\'s vote named by its noun', () => {
    const events = compile([
      'Tomorrow the water board of Orlen county, Tessary, will vote on whether a depot can move to the valley.',
      'The move looks like routine county business, but tomorrow\'s vote is followed closely abroad.',
    ]);
    const vote = events.filter((e) => e.date.start === '2024-03-10');
    expect(vote).toHaveLength(1);
    expect(vote[0]!.sources).toHaveLength(2);
  });

  it('joins a launch told in the lead and the launch of that day named again in a later paragraph', () => {
    const events = compile([
      'The Halvek agency launched its first weather satellite on Thursday from a pad near Morrin.',
      'Engineers said the satellite was working and its panels had opened.',
      "Thursday's launch was the agency's second attempt after a failure in 2022.",
    ]);
    expect(events.filter((e) => e.date.start === '2024-03-07')).toHaveLength(1);
  });

  it('keeps a saying of the day apart from the thing named by its noun, and another deed of the day', () => {
    const said = compile([
      'The party leader said Thursday the vote on the budget would be close.',
      "Thursday's vote went against the government by 12 votes.",
    ]);
    expect(said.filter((e) => e.date.start === '2024-03-07')).toHaveLength(2);
    const other = compile([
      'Striking dockers blocked the port of Varlen on Thursday.',
      "Thursday's vote in parliament on the port law was put off.",
    ]);
    expect(other.filter((e) => e.date.start === '2024-03-07')).toHaveLength(2);
  });
});

describe('a possessive date beside a saying', () => {
  it('keeps a forecast said on a day, which names the vote, apart from that day\'s vote named by its noun', () => {
    const events = compile([
      'The land board will vote against the growers, the ministry predicted Wednesday.',
      "The growers vowed to fight Wednesday's vote by the land board in the courts.",
    ]);
    expect(events.filter((e) => e.date.start === '2024-03-06' && e.sources.length > 1)).toHaveLength(0);
  });
});
