import { findTimeExpressions } from '../../../src/compiler/temporal/findTimeExpressions';
import { happeningDates } from '../../../src/compiler/events/happeningDates';
import { compileArticle } from '../../../src/compiler/events/compileArticle';

// A Friday: weekdays in these sentences resolve around it.
const PUBLISHED = '2023-11-17';

function read(sentence: string) {
  const { expressions } = findTimeExpressions(sentence, { published: PUBLISHED, previous: null });
  const { kept, setAside } = happeningDates(sentence, expressions);
  return {
    kept: kept.map((e) => e.text),
    dates: kept.map((e) => [e.date.start, e.date.end, e.kind]),
    setAside: setAside.map((x) => [x.expression.text, x.why]),
  };
}

describe('happeningDates: comparison points are not happenings', () => {
  it('sets aside the date a figure is compared with', () => {
    expect(read('Exports fell 2.1 percent to 88.4 in October from 90.3 in September.')).toMatchObject({
      kept: ['October'],
      setAside: [['September', 'a comparison point']],
    });
    expect(read('Quarterly profit at Brenmark Foods rose to 4.1 billion crowns from 3.62 billion a year earlier.').kept).toEqual([]);
    expect(read('Orders rose 5 percent from a year earlier, the company said on Tuesday.').kept).toEqual(['on Tuesday']);
    expect(read('Turnout was higher than in 2019, the election board said on Monday.').kept).toEqual(['on Monday']);
    expect(read('Shipments of the tablet were triple the number from August.').kept).toEqual([]);
    expect(read('Compared with last March, prices in the capital have barely moved.').setAside).toEqual([['last March', 'a comparison point']]);
    expect(read('Prices barely moved compared with a year ago.').kept).toEqual([]);
  });

  it('keeps a happening that merely starts "from" a date, and a deadline "no later than"', () => {
    expect(read('Mira Solen led the party from 2009 until 2016.').kept).toEqual(['2009 until 2016']);
    expect(read('The dockworkers will strike from Wednesday.').kept).toEqual(['from Wednesday']);
    expect(read('The line will reopen no later than Friday, the operator said.').kept).toHaveLength(1);
  });

  it('keeps a comparison point whose when-clause tells what happened then', () => {
    expect(read('Turnout was 61%, up from 55% four years ago, when the Green List won.').kept).toEqual(['four years ago']);
  });
});

describe("happeningDates: a reprinted column's header", () => {
  it('sets aside the day in the header a reprinted editorial opens with', () => {
    expect(read('The Varno Courier wrote in its editorial on Tuesday, May 12:')).toMatchObject({ kept: [], setAside: [['on Tuesday, May 12', "a reprinted column's header"]] });
    expect(read('The Varno Courier wrote in its editorial on Sunday, March 8: The council took a wrong turn this week.').kept).toEqual(['this week']);
  });

  it('keeps an editorial reported as a statement', () => {
    expect(read('The Daily Orsk wrote in a column on Tuesday that the ban was wrong.').kept).toEqual(['on Tuesday']);
    expect(read('The state paper argued in its editorial on Tuesday: "The ban is wrong."').kept).toEqual(['on Tuesday']);
    expect(read('The paper wrote in a column on Tuesday: the minister must go.').kept).toEqual(['on Tuesday']);
  });
});

describe('happeningDates: what would happen under terms not in force', () => {
  it('sets aside a date of what would happen subject to terms, or under a proposal', () => {
    expect(read("The preferred units would be bought back in three years, subject to the bank's consent.")).toMatchObject({ kept: [], setAside: [['in three years', 'what would happen under terms not in force']] });
    expect(read('The dividend, which remains subject to a board vote, would be paid in March.').kept).toEqual([]);
    expect(read("Only the rival's bid obliges the board to open an auction in May 2026.").kept).toEqual([]);
    expect(read('Under the terms announced Friday, holders would receive $42 a share, subject to a vote.').kept).toEqual(['Friday']);
  });

  it('keeps a schedule, a deed done subject to terms, and a binding deadline', () => {
    expect(read('The stock split will be paid in January.').kept).toEqual(['January']);
    expect(read('The merger, subject to regulatory approval, closed on Friday.').kept).toEqual(['on Friday']);
    expect(read('The treaty requires both sides to withdraw their troops by May 1.').kept).toEqual(['May 1']);
    expect(read('Velko would not say whether the plant would close in March.').kept).toEqual(['March']);
  });
});

describe('happeningDates: other dates that date nothing', () => {
  it("sets aside a transcript's running order, and keeps a broadcast that is itself the news", () => {
    expect(read('At the close of the newscast tonight, a last look at the harbour of Tesk.')).toMatchObject({
      kept: [],
      setAside: [['tonight', "a broadcast's running order"]],
    });
    expect(read('Later in the program tonight, our reporter visits the Velmar mines.').kept).toEqual([]);
    expect(read('The broadcast on Monday drew ten million viewers.').kept).toEqual(['on Monday']);
    expect(read('At the end of the talks on Monday, the ministers signed the pact.').kept).toEqual(['on Monday']);
  });

  it('sets aside the date a number of happenings is counted from, and keeps a state running since it', () => {
    expect(read('Eight of the 14 robberies since 2019 were solved by the county police.').kept).toEqual([]);
    expect(read('The vigil recalled the nine people killed and 30 hurt in the feud since 2015.').kept).toEqual([]);
    expect(read('Three ferries have sunk since May.').kept).toEqual([]);
    expect(read('The mediator has shuttled between the two capitals since January.').kept).toEqual(['January']);
    expect(read('Varek has lived in the valley since 2015.').kept).toEqual(['2015']);
  });

  it("sets aside a date that recurs and a figure's former level, and keeps a sale or a close on its day", () => {
    expect(read("Orlen Mills, whose annual New Year's Eve gala drew thousands, closed its last shop on Monday.").kept).toEqual(['on Monday']);
    expect(read('The annual Halloween parade was cancelled on Tuesday.').kept).toEqual(['on Tuesday']);
    expect(read('Each of the 12 members voted on Tuesday to close the pool.').kept).toEqual(['on Tuesday']);
    expect(read('The stock, which stood above $60 eight years ago, has fallen to $2.').kept).toEqual([]);
    expect(read('Orlen Mills stock, once trading as much as $75 some 15 years ago, ended at 9 cents on Friday.').kept).toEqual(['on Friday']);
    expect(read('Brenmark shares closed at $18.375 yesterday.').kept).toEqual(['yesterday']);
    expect(read('Brenmark sold the plant for $40 million two years ago.').kept).toEqual(['two years ago']);
  });

  it("sets aside a vehicle's model year after its owner, and keeps a year that names a happening", () => {
    expect(read('Police found her 1998 sedan near the river on Monday.').kept).toEqual(['on Monday']);
    expect(read("Tomas Varek's 1971 Belford Comet was found last month at the port.").kept).toEqual(['last month']);
    expect(read('Her 2008 novel won the Golden Pen.').kept).toEqual(['2008']);
    expect(read("Varnel's 2014 World Cup was held in June.").kept).toEqual(['2014', 'June']);
    expect(read('The city’s 2019 budget was approved in March.').kept).toEqual(['2019', 'March']);
  });

  it("sets aside where a list or a count starts, and keeps the start of a state", () => {
    expect(read('Here is a chronology of major events since 2011:').kept).toEqual([]);
    expect(read('It was the ninth shooting in the district since Oct. 3.').kept).toEqual([]);
    expect(read('It was the ninth since Oct. 3.').kept).toEqual([]);
    expect(read('Ilse Marow has been the club captain since 2019.').kept).toEqual(['2019']);
  });

  it("sets aside a forecast's period", () => {
    expect(read('The fund cut its growth forecasts for 2024 and 2025 on Tuesday.')).toMatchObject({
      kept: ['on Tuesday'],
      setAside: [['2024', "a forecast's period"], ['2025', "a forecast's period"]],
    });
    expect(read('The ministry raised its budget target for next year.').kept).toEqual([]);
    expect(read('The ministry will publish its budget next year.').kept).toEqual(['next year']);
  });

  it('sets aside a non-response', () => {
    expect(read('Harbor Logistics would not comment Monday morning.').kept).toEqual([]);
    expect(read('A spokeswoman declined to comment on Thursday.').kept).toEqual([]);
    expect(read('The mayor commented on the plan on Thursday.').kept).toEqual(['on Thursday']);
  });

  it('keeps silence towards terms put to a party, which lets a bid or a deadline lapse', () => {
    expect(read('Brenmark withdrew its bid because Ostra Freight did not respond to the offer by Wednesday.').kept).toEqual(['by Wednesday']);
    expect(read("The union didn't reply to the company's final proposal on Monday.").kept).toEqual(['on Monday']);
    expect(read('Ostra Freight did not respond to a request for comment on Monday.').kept).toEqual([]);
  });

  it('sets aside a hedge', () => {
    expect(read('Even a year later, many families in the valley are still waiting for help.').kept).toEqual([]);
    expect(read('A year later, the valley was rebuilt.').kept).toEqual(['A year later']);
  });

  it('sets aside the end of a count still running, and keeps a happening of this year', () => {
    expect(read('Police said 48 people have been injured in road accidents in the district so far this year.').kept).toEqual([]);
    expect(read('The index has risen 9% this year to date.').kept).toEqual([]);
    expect(read('The district opened three new schools this year.').kept).toEqual(['this year']);
  });

  it('sets aside a step minutes or hours after the happening just told, and keeps a later day', () => {
    expect(read('The Orla probe lifted off on Thursday; about 45 minutes later it separated from its rocket.').kept).toEqual(['on Thursday']);
    expect(read('Polls closed in the east on Tuesday and in the west two hours later.').kept).toEqual(['on Tuesday']);
    expect(read('The probe lifted off on Thursday and reached orbit two days later.').kept).toEqual(['on Thursday', 'two days later']);
  });

  it("sets aside a quoted speaker's rhetorical today, and keeps a quoted today that dates something", () => {
    expect(read('"Today we are all farmers," the minister said on Friday.').kept).toEqual(['on Friday']);
    expect(read('“Today we stand with the valley,” Ana Brel said.').kept).toEqual([]);
    expect(read('“Luckily today is Saturday, so the schools were empty,” the mayor said.').kept).toEqual(['today is Saturday']);
    expect(read('“We signed the contract today,” the mayor said.').kept).toEqual(['today']);
    expect(read('Today the council votes on the budget.').kept).toEqual(['Today']);
  });

  it('reads a rhetorical today inside quotation marks typed as backticks and apostrophes', () => {
    expect(read("``Today, I can tell you the harbor is safe,'' said Ana Brel.").kept).toEqual([]);
    expect(read("''Ana today is the voice of the valley,'' the mayor said on Friday.").kept).toEqual(['on Friday']);
    expect(read("``We signed the contract today,'' the mayor said.").kept).toEqual(['today']);
    expect(read("The workers' council voted today to strike.").kept).toEqual(['today']);
  });

  it("sets aside the dates of a sentence that introduces a list", () => {
    expect(read('The following are the newest tallies as of Friday for the flood damage in the valley:').kept).toEqual([]);
    expect(read('Following is a list of the main events since 2019.').kept).toEqual([]);
    // Left alone: "following" as a preposition.
    expect(read('Following the vote on Friday, the council adjourned.').kept).toEqual(['on Friday']);
  });

  it("reads only the date's own clause of a quotation, and a speaker's state of mind as no deed", () => {
    // The "will" belongs to the clause after "that"; "we're worried" is a state.
    expect(read('“It moves me that here we today accept the pledge that the valley will never be flooded again,” she said.').kept).toEqual([]);
    expect(read('“But it is not tonight we’re worried about,” the mayor said.').kept).toEqual([]);
    // Left alone: a deed in the date's clause, after a state of mind.
    expect(read('“We are worried that the bridge collapsed today,” she said.').kept).toEqual(['today']);
    expect(read('“The ferry sank today, and we will rebuild,” the mayor said.').kept).toEqual(['today']);
  });
});

describe('happeningDates: one date per happening', () => {
  it('folds a time restated in other zones into the time it restates', () => {
    const r = read('The probe lifted off at 3:40 pm EST Friday (2040 GMT Friday, 1:40 am local time Saturday).');
    expect(r.kept).toEqual(['Friday (2040 GMT Friday, 1:40 am local time Saturday)']);
    expect(r.dates).toEqual([['2023-11-17', '2023-11-17', 'point']]);
  });

  it('folds a relative date into the date it comes to', () => {
    const r = read('The sale is planned for nine days later, on December 1, 2023.');
    expect(r.kept).toEqual(['nine days later, on December 1, 2023']);
    expect(r.dates[0]![0]).toBe('2023-12-01');
  });

  it('folds a date into the finer date that follows it in apposition', () => {
    const r = read('Sales abroad are due to open in the first week of December, likely December 4.');
    expect(r.kept).toEqual(['December, likely December 4']);
    expect(r.dates[0]![0]).toBe('2023-12-04');
  });

  it('reads alternatives as one happening dated by the first', () => {
    const r = read('The court will likely rule in February or March.');
    expect(r.kept).toEqual(['February or March']);
    expect(r.dates[0]![0]).toBe('2024-02-01');
  });

  it('reads two days running as one span, and keeps days apart as two happenings', () => {
    expect(read('The committee met Wednesday and Thursday.')).toMatchObject({
      kept: ['Wednesday and Thursday'],
      dates: [['2023-11-15', '2023-11-16', 'span']],
    });
    expect(read('The committee met on Monday and on Thursday.').kept).toEqual(['on Monday', 'on Thursday']);
    expect(read('The vote was held in 2019, 2020 and 2021.').kept).toEqual(['2019', '2020', '2021']);
  });
});

describe('happeningDates: sets and expectations are not happenings', () => {
  it('sets aside the bounds of a set a sentence opens by picking from', () => {
    expect(read('Of the six finalists this year, only Doravia has won the cup before.').kept).toEqual([]);
    expect(read('Of all the candidates in 2019, Ilse Marrow raised the most money.').kept).toEqual([]);
  });

  it('keeps a date that only follows "of" inside the sentence', () => {
    expect(read('Most of the rain this year fell on the Varnel hills.').kept).toEqual(['this year']);
    expect(read('The start of the season in 2019 was delayed by floods.').kept).toEqual(['2019']);
  });

  it('sets aside the period of an expected happening beside the day it was said', () => {
    expect(read('Analysts said on Monday that strong retail sales made the case for a rate cut this year.').kept).toEqual(['on Monday']);
    expect(read('Governor Ilse Marrow said on Tuesday the bank was on course for an increase in rates later this year.').kept).toEqual(['on Tuesday']);
  });

  it('keeps that period when it is the only date, and a deed done in it', () => {
    expect(read('The Brenmark board voted for a new budget this year.').kept).toEqual(['this year']);
    expect(read('The firm opened a plant in May and will open another one this year.').kept).toEqual(['May', 'this year']);
  });
});

describe('happeningDates: "the same day" named again', () => {
  it('sets aside "the same day" when a date later in its clause names that day', () => {
    expect(read('Pre-orders for the Velmo phone opened the same day as the phone was first shown, October 7, 2019.').kept).toEqual(['October 7, 2019']);
  });

  it('sets aside a year opening its clause when a finer date later in the clause takes that year', () => {
    // Published in August: a past October is the last year's, inside "last year".
    const raw = '---\npublished: 2023-08-31\n---\nHeadline\n\nAs last year, pre-orders for the Velmo phone opened the same day as its first showing, October 7.\n';
    expect(compileArticle({ id: 'x', file: 'x.md', raw, sidecar: null }).events.map((e) => [e.date.text, e.date.start])).toEqual([['October 7', '2022-10-07']]);
  });

  it('keeps a year that dates its own verb, and one whose finer date is in another clause', () => {
    expect(read('The plant opened in 2022 and was sold on March 3.').kept).toHaveLength(2);
    const raw = '---\npublished: 2023-11-17\n---\nHeadline\n\nLast year, the Velmo plant opened, and on March 3 it was sold.\n';
    expect(compileArticle({ id: 'x', file: 'x.md', raw, sidecar: null }).events).toHaveLength(2);
  });

  it('keeps "the same day" when the later date is in another clause, or far off', () => {
    expect(read('The talks ended the same day, and a deal was signed on October 7, 2019.').kept).toHaveLength(2);
    expect(read('The Varnel mine flooded in April and the Tolmar mine closed the same day.').kept).toHaveLength(2);
  });
});

describe('happeningDates: a heading of names and a date', () => {
  it('sets aside a broadcast’s running head, a transcript’s speaker line and a wire dateline left in the text', () => {
    expect(read('Kessaro, nineteen ninety-six.').kept).toEqual([]);
    expect(read('January nineteen ninety-seven.').kept).toEqual([]);
    expect(read('Orban on Friday.').setAside).toEqual([['on Friday', 'a heading of names and a date, with no happening']]);
    expect(read('KESSARO, November 14').kept).toEqual([]);
  });

  it('keeps a heading that names a happening, and any sentence with a verb, a figure or a quotation', () => {
    expect(read('Quake in Varna on Monday.').kept).toEqual(['on Monday']);
    expect(read('Brenmark Marathon in May.').kept).toEqual(['May']);
    expect(read('Orban resigned on Friday.').kept).toEqual(['on Friday']);
    expect(read('Orban on Friday: 40 jobs go.').kept).toEqual(['on Friday']);
    expect(read('Orban on Friday ``We will stay.\'\'').kept).toEqual(['on Friday']);
  });
});

describe('happeningDates: a change counted from part of a month', () => {
  it('sets aside "from the middle of October"', () => {
    expect(read('Bread prices have dropped from the middle of October: 5 crowns then, 3 crowns today.').setAside)
      .toEqual([['October', 'a comparison point']]);
  });

  it('keeps a happening "in the middle of October"', () => {
    expect(read('The ferry sank in the middle of October.').kept).toEqual(['October']);
  });
});

describe('happeningDates: a span opening the sentence whose steps are dated', () => {
  it('sets aside "Since 1949," when the steps after it carry dates of their own', () => {
    const r = read('Since 1949, the league has grown to take in Varno and Peltz in 1952, Tesk in 1955 and Ostra in 1982.');
    expect(r.kept).toEqual(['1952', '1955', '1982']);
    expect(r.setAside).toEqual([['1949', 'the start of a span whose steps are dated']]);
  });

  it('keeps a span with one date or none after it, and a "since" inside the clause', () => {
    expect(read('Since 1990, Marn has been arrested in three towns.').kept).toEqual(['1990']);
    expect(read('Since January, the firm has cut 300 jobs, 100 of them in March.').kept).toContain('January');
    expect(read('The league has grown since 1949, taking in Varno in 1952 and Tesk in 1955.').kept).toContain('1949');
  });
});

describe('happeningDates: a past result beside this one', () => {
  it('sets aside a year-earlier figure with its per-share part, and a year-earlier result told alone', () => {
    expect(read('Net for the half came to $91 million, or $2.10 a unit, up 31% from $70 million, or $1.60 a unit, a year earlier.').setAside)
      .toEqual([['a year earlier', 'a comparison point']]);
    expect(read('For the half, losses came to $21 million, compared with net income of $3.9 million, or 8 cents a unit, a year earlier.').kept).toEqual([]);
    expect(read('A year earlier, Tesk Mills earned $3.1 million, or 17 cents a unit.').kept).toEqual([]);
  });

  it('keeps a year-ago deed, and a result told with a date of its own', () => {
    expect(read('A year ago, the mill closed its doors.').kept).toEqual(['A year ago']);
    expect(read('Tesk Mills earned $2.4 million in 2019, the firm said on Tuesday.').kept).toEqual(['2019', 'on Tuesday']);
  });
});

describe('happeningDates: dates of a frame, a name or a level, not a happening', () => {
  it("sets aside an accounting period's end", () => {
    expect(read('Tesk Mills posted a loss of $4 million for the quarter ended Aug. 31.').setAside).toEqual([['Aug. 31', "an accounting period's end"]]);
    expect(read('For the year ended June 28, Orlan Foods made a profit of $3.1 million.').kept).toEqual([]);
    expect(read('Varno Paper expects a loss for the fiscal year ending tomorrow.').kept).toEqual([]);
  });

  it('keeps a happening that ended on the date', () => {
    expect(read('The dock strike ended on Monday.').kept).toEqual(['on Monday']);
    expect(read('The war ended in 1975.').kept).toEqual(['1975']);
  });

  it("sets aside a debt security's maturity written with its year, and keeps the redemption", () => {
    expect(read('Orlan Corp. will redeem on Dec. 4 its 7% debentures due May 1, 2019.')).toMatchObject({
      kept: ['Dec. 4'],
      setAside: [['May 1, 2019', "a debt security's maturity"]],
    });
    expect(read('Money raised by the bonds, which are due on Nov. 1, 2031, repays loans, Orlan said.').kept).toEqual([]);
  });

  it('keeps a payment due on a day', () => {
    expect(read('Brel Stores has a $90 million loan payment due on Monday.').kept).toEqual(['on Monday']);
    expect(read('The report is due on Friday.').kept).toEqual(['on Friday']);
  });

  it('sets aside a count of shares on a day, and a record date beside its payment', () => {
    expect(read('As of June 30, Brel Inc. had 41 million shares outstanding.').kept).toEqual([]);
    expect(read('Last Tuesday, the mill had about 12 million shares outstanding.').kept).toEqual([]);
    expect(read('Brel Inc. declared a dividend of 4 cents a share, payable Jan. 3 to holders of record Dec. 12.')).toMatchObject({
      kept: ['Jan. 3'],
      setAside: [['Dec. 12', 'a record date beside the payment']],
    });
    expect(read('The raised dividend will be paid March 4 to shareholders of record Feb. 9, the utility said.')).toMatchObject({
      kept: ['March 4'],
      setAside: [['Feb. 9', 'a record date beside the payment']],
    });
    expect(read('Brel said the two-for-one split would be distributed in February among owners of record on Jan. 5.').kept).toEqual(['February']);
  });

  it('keeps a sale of shares, and a record date with no payment beside it', () => {
    expect(read('Brel sold 3 million shares on Monday.').kept).toEqual(['on Monday']);
    expect(read('Brel Inc. will issue rights to holders of record Dec. 12.').kept).toEqual(['Dec. 12']);
    expect(read('Orvik Mining paid its debts on Monday, the holders of record said.').kept).toEqual(['on Monday']);
  });

  it('sets aside an open-ended horizon and a non-response written with a contraction', () => {
    expect(read('Brel said it was upbeat about sales for 2024 and beyond.').kept).toEqual([]);
    expect(read("A Brel spokesman wasn't available to comment on Friday.").kept).toEqual([]);
    expect(read('Brel will open stores in 2024 and in 2025.').kept).toHaveLength(2);
  });
});

describe('happeningDates: yardsticks, ended states, changed schedules and open questions', () => {
  it('sets aside an estimated yardstick and a figure set above or below a dated result', () => {
    expect(read('Tesk port outlays in 2024 will climb, Ana Brel said, up from a projected $90 million this year.')).toMatchObject({
      kept: ['2024'],
      setAside: [['this year', 'a comparison point']],
    });
    expect(read('Tesk Mills expects sales that are "slightly above" fiscal 2022 sales of $155 million.').setAside).toEqual([['fiscal 2022', 'a comparison point']]);
    expect(read('Grain output in Varno stayed below 2020 levels.').kept).toEqual([]);
  });

  it('keeps a figure reached in a year and a rise from an estimate made on a day', () => {
    expect(read('Tesk Mills sales rose above $5 million in 2022.').kept).toEqual(['2022']);
    expect(read('The Varno index rose above its peak on Monday.').kept).toEqual(['on Monday']);
  });

  it('sets aside the end of a state told in the past perfect at the opening of the sentence', () => {
    expect(read('Up until Thursday, however, the police had described Ivo Marn only as a witness.').setAside).toEqual([
      ['until Thursday', 'the end of a state told in the past perfect'],
    ]);
    expect(read('Until Monday the Brel board had refused to talk to the union.').kept).toEqual([]);
  });

  it("keeps a happening's span ending on a day, and an opening until with no past perfect", () => {
    expect(read('The dock strike in Varno lasted until Thursday.').kept).toEqual(['until Thursday']);
    expect(read('Until Thursday, the border with Tesk stays open.').kept).toHaveLength(1);
  });

  it('sets aside a schedule told in the past perfect, and keeps one still standing', () => {
    expect(read('The Brel bid had been due to lapse on May 2.').setAside).toEqual([['May 2', 'a schedule since changed']]);
    expect(read('The Brel bid is due to lapse on May 2.').kept).toEqual(['May 2']);
    expect(read('The Brel bid was prolonged until May 9.').kept).toHaveLength(1);
  });

  it('sets aside a date in an open question, and keeps one in a plain report', () => {
    expect(read('It was not yet known whether the raid reported today was tied to the Tesk fire.').kept).toEqual([]);
    expect(read('It is unclear whether the ferry sank on Tuesday.').kept).toEqual([]);
    expect(read('The raid reported today was tied to the Tesk fire, police said.').kept).toEqual(['today']);
  });
});

describe('happeningDates: a span written with "through"', () => {
  it('folds "this year through August" and "from Monday through Friday" into one span', () => {
    expect(read('Sales at Tesk Mills were flat this year through August.')).toMatchObject({
      kept: ['this year through August'],
      dates: [['2023-01-01', '2023-08-31', 'span']],
    });
    expect(read('The Varno dock strike lasted from Monday through Friday.')).toMatchObject({
      kept: ['from Monday through Friday'],
      dates: [['2023-11-13', '2023-11-17', 'span']],
    });
  });

  it('leaves two days joined by "to" as two dates: a move from one to the other', () => {
    expect(read('Brel moved the Tesk vote from Monday to Friday.').kept).toEqual(['from Monday', 'Friday']);
  });
});

describe('happeningDates: the period a forecast is about', () => {
  const kept = (sentence: string) => {
    const { expressions } = findTimeExpressions(sentence, { published: PUBLISHED, previous: null });
    return happeningDates(sentence, expressions, PUBLISHED).kept.map((e) => e.text);
  };

  it('sets aside a year, a season or a decade not yet over that a forecast of a figure or a trend is about', () => {
    expect(kept('Marlow Steel expects profit margins above 12% next year, its chief told analysts in Ostra.')).toEqual([]);
    expect(kept('Freight rates on the Varnel route will continue to climb through next year, the ministry said.')).toEqual([]);
    expect(kept('Spending on new rolling stock in 2025 will rise slightly, Dora Pell said.')).toEqual([]);
    expect(kept('Several brokers had predicted earnings of $3 a unit for this year.')).toEqual([]);
    expect(kept('The utility foresees a steep rise in demand throughout the 2030s.')).toEqual([]);
    expect(kept('Ticket sales are expected to fall in the spring, the league said on Friday.')).toEqual(['on Friday']);
  });

  it('keeps a deed on a schedule, a day or a month, and a period already over', () => {
    expect(kept('The Ostra Games will open next year.')).toEqual(['next year']);
    expect(kept('The merger is expected to close in early 2024, subject to approval.')).toHaveLength(1);
    expect(kept('Halden Air expects to take delivery of six new jets in 2025.')).toEqual(['2025']);
    expect(kept('Brenmark plans to ship its first tablets early next year.')).toHaveLength(1);
    expect(kept('Marlow Steel expects profit to rise in December.')).toHaveLength(1);
    expect(kept('Analysts expected profit to rise in 2022, and it did.')).toEqual(['2022']);
  });

  it('reads a forecast only with the publication date at hand', () => {
    expect(read('Marlow Steel expects profit margins above 12% next year.').kept).toEqual(['next year']);
  });
});

describe('happeningDates: a schedule beside an outlook', () => {
  it('keeps a deed on a schedule in a clause that also names an outlook', () => {
    const { expressions } = findTimeExpressions('The Varno plant was not to open until 2027, a sign of a gloomier outlook.', { published: PUBLISHED, previous: null });
    expect(happeningDates('The Varno plant was not to open until 2027, a sign of a gloomier outlook.', expressions, PUBLISHED).kept).toHaveLength(1);
  });
});

describe('happeningDates: a horizon from the present', () => {
  it('sets aside the end of a span that runs from now', () => {
    expect(read('"Flood defences will be our first concern from now to Election Day," said Dora Pell.').kept).toEqual([]);
    expect(read('Shops in Varna will hire 2,000 workers between now and Christmas.').kept).toEqual([]);
  });

  it('keeps a span that opens on a date of its own, and a date after "now" that is no horizon', () => {
    expect(read('Shops in Varna will hire 2,000 workers from now on, starting at Christmas.').kept).toEqual(['Christmas']);
    expect(read('The ferry will now sail on Friday.').kept).toEqual(['on Friday']);
  });
});

describe('happeningDates: a record a level is measured against', () => {
  it('sets aside the date of a record the level is set beside', () => {
    expect(read('Stocks rose on Friday, and the Varno index closed within 2% of the record high it hit on May 4.').kept).toEqual(['on Friday']);
    expect(read('Brenmark shares are now 20% below the peak they reached in March.').kept).toEqual([]);
  });

  it('keeps a record set on the day, told as the happening', () => {
    expect(read('The Varno index set a record high on May 4.').kept).toEqual(['May 4']);
    expect(read('Brenmark shares hit a peak in March, then fell by half.').kept).toEqual(['March']);
  });
});

describe('happeningDates: periods, goals, states and terms that date nothing', () => {
  it("sets aside a year naming the period of a forecast, and keeps a year naming results", () => {
    expect(read("Analyst Rena Tolt on Monday cut her 2031 earnings estimate for Varlow Mills.")).toMatchObject({
      kept: ['on Monday'],
      setAside: [['2031', "a forecast's period"]],
    });
    expect(read('Varlow Mills published its 2022 earnings on Monday.').kept).toEqual(['2022', 'on Monday']);
  });

  it("sets aside the horizon of a figure set as a goal, and keeps a deed aimed for by a date", () => {
    expect(read('Varlow Mills held to its goal of a 30% share of the market by the mid-2030s.').kept).toEqual([]);
    expect(read('Talks open in Ostrava on Monday with the aim of a signed treaty by December.').kept).toHaveLength(2);
  });

  it('sets aside the date a change of a figure is counted from, and keeps the start of a state', () => {
    expect(read('Since Tuesday, Varlow shares have gained nearly 4%.').kept).toEqual([]);
    expect(read('The index has fallen 12% since March.').kept).toEqual([]);
    expect(read('The island has been governed from Ostrava since 1972.').kept).toEqual(['1972']);
    expect(read('Lena Marsh, who has worked at the mill since 2009, said she had lost 900 crowns in pay.').kept).toEqual(['2009']);
  });

  it('sets aside a state that still held on the date, and keeps what was going on or done then', () => {
    expect(read('Just a decade ago the three republics were still under the old treaty.').kept).toEqual([]);
    expect(read('A decade ago the rebels were still fighting in the hills.').kept).toEqual(['A decade ago']);
    expect(read('A decade ago the three republics signed the treaty.').kept).toEqual(['A decade ago']);
  });

  it("sets aside a security's terms, and keeps a redemption or a test on a schedule", () => {
    expect(read('The preferred shares will carry a dividend of 6% until Dec. 31, 2030.').kept).toEqual([]);
    expect(read('The debentures turn callable after the close of 2028.').kept).toEqual([]);
    expect(read('Varlow will redeem the notes on Dec. 31.').kept).toEqual(['Dec. 31']);
    expect(read('The plant will carry out tests until Friday.').kept).toEqual(['until Friday']);
  });

  it('sets aside the date of what a holding was worth, and keeps a sale on its day', () => {
    expect(read('Her flats in Varno, worth $4 million in March, now fetch half that.').kept).toEqual([]);
    expect(read('He guessed his land was worth nine million crowns in May.').kept).toEqual([]);
    expect(read('The flats were sold for $4 million in March.').kept).toEqual(['March']);
    expect(read('A stake worth $4 million was sold on Monday.').kept).toEqual(['on Monday']);
  });

  it('sets aside the end of a state an order sets, and keeps a stay told as such', () => {
    expect(read('The judge rejected an order that the boy remain in Varno until March 6.').kept).toEqual([]);
    expect(read('The boy will remain in Varno until March 6.').kept).toHaveLength(1);
  });
});

describe('happeningDates: a question, and a yardstick its verb once reported', () => {
  it('sets aside a date in a clause that asks a question, quoted or not', () => {
    expect(read('"How many riders will still use the line in 2031?" Marla Voss asked.').kept).toEqual([]);
    expect(read('Will the Varno central bank cut rates in March?').kept).toEqual([]);
    expect(read('``Who will pay for the bridge next year?\'\' the mayor asked.').kept).toEqual([]);
  });

  it('keeps a date outside the clause that asks, and a date said before a quoted question', () => {
    expect(read('"We lost to Brenna on Sunday, but who cares?" the coach asked.').kept).toEqual(['on Sunday']);
    expect(read('The mayor asked on Friday: "Who will pay for the bridge?"').kept).toEqual(['on Friday']);
    expect(read('Kessel Mining said Tuesday, "Why would we sell now?"').kept).toEqual(['Tuesday']);
    expect(read('Kessel Mining sold its Lima smelter on Tuesday.').kept).toEqual(['on Tuesday']);
  });

  it('sets aside the date of a figure another is set beside, told with the verb that reported it', () => {
    expect(read('Brel said its quarterly profit may fall below the 18 cents per unit it earned last year.').kept).toEqual([]);
    expect(read('Revenue topped the $4.2 billion it posted a year earlier, Ostra Freight said on Monday.').kept).toEqual(['on Monday']);
  });

  it('keeps a report that is told, not measured against', () => {
    expect(read('Brel reported a loss of 18 cents a share last year.').kept).toEqual(['last year']);
    expect(read('Ostra Freight posted $4.2 billion of revenue on Monday.').kept).toEqual(['on Monday']);
  });
});

describe('happeningDates: a date counted from a happening supposed under a condition', () => {
  it('sets aside a date counted from a supposed happening, in a would- or could-clause under an opening "if"', () => {
    expect(read('If the appeal fails, the soonest the ferry could sail would be three days later.').kept).toEqual([]);
    expect(read('If the Senate passes the bill, the ban would take effect 90 days later, aides said.').kept).toEqual([]);
  });

  it('keeps an expected happening that names its day, a plan, a condition told after its date and a date inside the condition', () => {
    expect(read('If the talks go well, a second round could be held on May 3 in Lausanne.').kept).toEqual(['May 3']);
    expect(read('If needed, the Tolva council will meet again two days later.').kept).toEqual(['two days later']);
    expect(read('The union said on Friday it would strike if talks fail.').kept).toEqual(['on Friday']);
    expect(read('If the vote on Monday fails, the bill would die.').kept).toEqual(['on Monday']);
  });
});

describe('happeningDates: the period named before a forecast result', () => {
  it('sets aside a period named between a verb of predicting and the result predicted', () => {
    expect(read('Analysts were predicting 2026 Brel earnings of about $4.15 for each unit.').kept).toEqual([]);
    expect(read('Ostra Freight expects 2025 revenue of $1.2 billion, its finance chief said on Tuesday.').kept).toEqual(['on Tuesday']);
  });

  it('keeps a period named before a result reported, and a predicted happening with its date', () => {
    expect(read('Brel reported 2025 earnings of $3.10 a share.').kept).toEqual(['2025']);
    expect(read('Forecasters expect the storm to reach Varno on Sunday.').kept).toEqual(['on Sunday']);
  });
});

describe('happeningDates: a deed not done by a day', () => {
  it('sets aside the day by which something still had not been done', () => {
    expect(read('Brel Holdings still had not paid the fine by Friday, regulators said.').kept).toEqual([]);
    expect(read('As of Monday, the Tolva council had yet to vote on the budget.').kept).toEqual([]);
    expect(read("By Tuesday the airline still hadn't refunded the stranded passengers.").kept).toEqual([]);
  });

  it('keeps a deed done by a day, and another happening on the day of a deed not done', () => {
    expect(read('Brel Holdings paid the fine by Friday, regulators said.').kept).toEqual(['by Friday']);
    expect(read('Brel still had not paid the fine when the court ruled on Friday.').kept).toEqual(['on Friday']);
  });
});

describe('happeningDates: a multiple counted from a date, and the horizon of an expected deed', () => {
  it('sets aside the start of a multiple told with no number', () => {
    expect(read('Kessel, whose shares have doubled since March, announced a buyback on Tuesday.').kept).toEqual(['on Tuesday']);
    expect(read('Rents in Tolva have tripled since 2015.').kept).toEqual([]);
  });

  it('keeps a state that started on the date', () => {
    expect(read('Kessel has been listed in Lima since March.').kept).toHaveLength(1);
  });

  it('sets aside the horizon an expected deed is to be done by, beside the day it was said', () => {
    expect(read('Brel said Monday that it expects to close the deal by the end of next year.').kept).toEqual(['Monday']);
    expect(read('The Tolva club said on Friday it hopes to finish the new stadium before 2027.').kept).toEqual(['on Friday']);
  });

  it('keeps an expected deed with its own day, a deed done by the horizon, and a horizon told alone', () => {
    expect(read('Brel said Monday that it expects to close the deal on Sept. 3.').kept).toEqual(['Monday', 'Sept. 3']);
    expect(read('Brel said Monday that it finished the plant by the end of last year.').kept).toHaveLength(2);
    expect(read('Brel expects to close the deal by the end of next year.').kept).toEqual(['the end of next year']);
  });
});

describe('happeningDates: two decades running', () => {
  it('makes two decades running one span', () => {
    const r = read('Tolva grew quickly in the late 1970s and early 1980s, as the port expanded.');
    expect(r.kept).toHaveLength(1);
    expect(r.dates[0]![2]).toBe('span');
    expect(read('Fishing towns on the Varno coast shrank through the 1980s and 1990s.').kept).toHaveLength(1);
  });

  it('leaves two years, and decades apart', () => {
    expect(read('The league took in Varno in 1952 and Peltz in 1955.').kept).toHaveLength(2);
    expect(read('The dam burst in the 1950s and again in the 1990s.').kept).toHaveLength(2);
  });
});

describe('happeningDates: the period an ordinal counts happenings in', () => {
  it('sets aside the period of a count beside the day of the happening, and in a clause that only counts', () => {
    expect(read('The Halden central bank raised its key rate for the second time this year on Thursday.')).toMatchObject({
      kept: ['on Thursday'],
      setAside: [['this year', 'the period an ordinal counts happenings in']],
    });
    expect(read('Marta Velk won her third title this season at the Orsk Open on Sunday.').kept).toEqual(['on Sunday']);
    expect(read("The increase was the lender's third this year.").kept).toEqual([]);
    expect(read('The dividend rise was Orsk Paper Mills’ second this year, the board said.').kept).toEqual([]);
    expect(read('The stoppage is the union’s fourth walkout in 2023.').kept).toEqual([]);
  });

  it('keeps a deed whose count names no other day, and a period told after a place', () => {
    expect(read('Marta Velk won her second title in Orsk this year.').kept).toEqual(['this year']);
    expect(read('Brel opened its second plant this year, in Orsk.').kept).toEqual(['this year']);
    expect(read('Brel opened its second plant last year and a third on Monday.').kept).toHaveLength(2);
    expect(read('The inquiry ordered on Thursday will hold its first public sessions this month.').kept).toHaveLength(2);
    expect(read('Some 9,000 riders set off, the most since the tour was first held in 1988.').kept).toEqual(['1988']);
    expect(read('The Halden bank raised its key rate for the first time this year on Thursday.').kept).toEqual(['on Thursday']);
  });
});

describe('happeningDates: a period faced as a horizon', () => {
  it('sets aside a coming period that is the object of a verb of approaching', () => {
    expect(read('Jim Varek, the chief executive, said the firm was approaching next year warily.')).toMatchObject({
      kept: [],
      setAside: [['next year', 'a horizon faced']],
    });
    expect(read('The Orsk Lions are going into next season without their captain.').kept).toEqual([]);
    expect(read('As the lender looks ahead to 2026, it plans to shut 40 branches, Brel said on Monday.').kept).toEqual(['on Monday']);
  });

  it('keeps a date that is no object of the verb, and a happening in the coming period', () => {
    expect(read('Rebels entered the town on Friday.').kept).toEqual(['on Friday']);
    expect(read('The lender will shut 40 branches next year.').kept).toEqual(['next year']);
    expect(read('Talks approached a deal in 2023 before collapsing.').kept).toEqual(['2023']);
  });
});

describe("happeningDates: a broadcast's lead-in to news to come", () => {
  it('sets aside the date of a verbless lead-in that only announces news', () => {
    expect(read('Good news for the Orsk carmaker today.')).toMatchObject({ kept: [], setAside: [['today', "a broadcast's lead-in to news to come"]] });
    expect(read('More bad news tonight for Orsk farmers.').kept).toEqual([]);
  });

  it('keeps the news told after a colon, and news that did something on the day', () => {
    expect(read('Good news for savers: the Orsk bank raised its rate on Monday.').kept).toEqual(['on Monday']);
    expect(read('News from the front reached the capital on Monday.').kept).toEqual(['on Monday']);
  });
});
