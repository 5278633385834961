// parsers/duration.ts: lengths of time, with TimeML's extents and values.
import { dates, timexes } from '../tagged';

const PUB = '2021-06-10';

describe('duration', () => {
  it('marks the count and unit with their modifier, not the lead preposition or what they measure', () => {
    expect(timexes('The siege of Norvale lasted for 44 days of shelling.', PUB)).toEqual([['44 days', 'DURATION', 'P44D']]);
    expect(timexes('The strike went on for nearly two years.', PUB)).toEqual([['nearly two years', 'DURATION', 'P2Y', 'LESS_THAN']]);
    expect(timexes('Talks ran more than four hours.', PUB)).toEqual([['more than four hours', 'DURATION', 'PT4H', 'MORE_THAN']]);
    expect(timexes('Prices rose over the past 18 months.', PUB)).toEqual([['the past 18 months', 'DURATION', 'P18M']]);
  });

  it('reads a hyphenated length as the adjective alone', () => {
    expect(timexes('The board approved a three-year plan.', PUB)).toEqual([['three-year', 'DURATION', 'P3Y']]);
    expect(timexes('She flew a 16-hour route.', PUB)).toEqual([['16-hour', 'DURATION', 'PT16H']]);
  });

  it('counts halves, couples and vague counts', () => {
    expect(timexes('The repairs took 2 1/2 years.', PUB)).toEqual([['2 1/2 years', 'DURATION', 'P2Y6M']]);
    expect(timexes('The flight took five and a half hours.', PUB)).toEqual([['five and a half hours', 'DURATION', 'PT5H30M']]);
    expect(timexes('Shipments resume within two to three weeks.', PUB)).toEqual([['two to three weeks', 'DURATION', 'P2W']]);
    expect(timexes('He stays for two more weeks, or an additional year.', PUB)).toEqual([['two more weeks', 'DURATION', 'P2W'], ['an additional year', 'DURATION', 'P1Y']]);
    expect(timexes('Over the next three years or so, sales rise.', PUB)).toEqual([['the next three years or so', 'DURATION', 'P3Y', 'APPROX']]);
    expect(timexes('It may take a couple of years to finish.', PUB)).toEqual([['a couple of years', 'DURATION', 'P2Y']]);
    expect(timexes('Over the next couple of years the Selva plant will double output.', PUB)).toEqual([['the next couple of years', 'DURATION', 'P2Y']]);
    // Without "the next" or "a", "couple" is a pair of people.
    expect(timexes('The couple of Selva farmers left.', PUB)).toEqual([]);
    expect(timexes('The talks could take several weeks.', PUB)).toEqual([['several weeks', 'DURATION', 'PXW']]);
    expect(timexes('Over the next few days the river will fall.', PUB)).toEqual([['the next few days', 'DURATION', 'PXD']]);
    // A half of a minute is in seconds, not days.
    expect(timexes('The alarm sounded for a minute and a half.', PUB)).toEqual([['a minute and a half', 'DURATION', 'PT1M30S']]);
  });

  it('counts quarters of a year as lengths, never fractions', () => {
    expect(timexes('Margins shrank in the past two quarters.', PUB)).toEqual([['the past two quarters', 'DURATION', 'P2Q']]);
    expect(timexes('The mill lost money for several quarters.', PUB)).toEqual([['several quarters', 'DURATION', 'PXQ']]);
    expect(timexes('Three quarters of the voters agreed.', PUB)).toEqual([]);
    // A vague count has no fraction: "several quarters of losses" is a length.
    expect(timexes('The Velm mill made money again after several quarters of losses.', PUB)).toEqual([['several quarters', 'DURATION', 'PXQ']]);
    expect(timexes('Three quarters of voters agreed.', PUB)).toEqual([]);
    expect(timexes('The crew slept in their quarters.', PUB)).toEqual([]);
  });

  it('reads decades and centuries in years', () => {
    expect(timexes('The feud lasted about a decade.', PUB)).toEqual([['about a decade', 'DURATION', 'P10Y', 'APPROX']]);
    expect(timexes('The bridge stood for two centuries.', PUB)).toEqual([['two centuries', 'DURATION', 'P200Y']]);
  });

  it('reads "the past week" as the week holding most of the last seven days, and "the past year" as the year before', () => {
    expect(timexes('Rain fell across Ardel over the past week.', '2021-06-11')).toEqual([['the past week', 'DATE', '2021-W23']]);
    expect(timexes('Sales grew in the past year.', PUB)).toEqual([['the past year', 'DATE', '2020']]);
    // The past decade is the last ten years, not the decade before the one before.
    expect(timexes('Sales grew over the past decade.', PUB)).toEqual([['the past decade', 'DURATION', 'P10Y']]);
    expect(timexes('Sales grew in the 2010s.', PUB)).toEqual([['the 2010s', 'DATE', '201']]);
  });

  it('marks uncounted lengths measured by what follows or led by a preposition', () => {
    expect(timexes('The two villages have quarrelled for years.', PUB)).toEqual([['years', 'DURATION', 'PXY']]);
    expect(timexes('After months of talks, the unions signed.', PUB)).toEqual([['months', 'DURATION', 'PXM']]);
    expect(timexes('It ended a decades-long dispute.', PUB)).toEqual([['decades-long', 'DURATION', 'PXY']]);
    // After "for", the length needs nothing behind it.
    expect(timexes('For weeks the Selva council has argued over the bridge.', PUB)).toEqual([['weeks', 'DURATION', 'PXW']]);
    expect(timexes('The mayor for months refused to meet the tenants.', PUB)).toEqual([['months', 'DURATION', 'PXM']]);
  });

  it('reads "for a while" as a length of no stated unit, and makes no event of it', () => {
    expect(timexes('Homes in Kessig will be without power for a while.', PUB)).toEqual([['a while', 'DURATION', 'PXX']]);
    expect(timexes('The Velm mill stood idle for quite a while before it was sold.', PUB)).toEqual([['quite a while', 'DURATION', 'PXX']]);
    expect(dates('Homes in Kessig will be without power for a while.', PUB)).toEqual([]);
  });

  it('leaves alone "a while" that recurs, is a point, or is counted back', () => {
    expect(timexes('Once in a while the Oskar ferry is late.', PUB)).toEqual([]);
    expect(timexes('After a while the crowd in Ravel left.', PUB)).toEqual([]);
    expect(timexes('Marta Holm left the square a while ago.', PUB).filter((t) => t[1] === 'DURATION')).toEqual([]);
  });

  it('leaves alone a bare plural length with nothing to measure and a length in a possessive', () => {
    expect(timexes('Years passed slowly in Norvale.', PUB)).toEqual([]);
    expect(timexes('They bought weeks of food, then months went by.', PUB)).toEqual([['weeks', 'DURATION', 'PXW']]);
    expect(timexes('The shop paid for weeks\' worth of flour.', PUB)).toEqual([]);
  });

  it('reads "in the weeks ahead" and "in the years to come" as a stretch ahead of unstated length', () => {
    expect(timexes('Orders at the Velm plant should pick up in the weeks ahead.', PUB)).toEqual([['the weeks ahead', 'DURATION', 'PXW']]);
    expect(timexes('The Ravel port will grow in the years to come.', PUB)).toEqual([['the years to come', 'DURATION', 'PXY']]);
    expect(dates('Orders should pick up in the months ahead.', PUB)).toEqual([]);
    // A road or a task ahead is no time.
    expect(timexes('The weeks were hard, and the road ahead is long.', PUB)).toEqual([]);
  });

  it('keeps the lead of "the next two days" or "the past 24 hours" before a happening, and a bare count to its own reading', () => {
    expect(timexes('The Ardel market was quiet for the next two days after the storm.', PUB)).toEqual([['the next two days', 'DURATION', 'P2D']]);
    expect(timexes('Prices in Ardel rose over the past 24 hours before the vote.', PUB)).toEqual([['the past 24 hours', 'DURATION', 'PT24H']]);
    expect(timexes('Two days after the storm, the Ardel market was quiet.', PUB)).toEqual([['Two days', 'DURATION', 'P2D']]);
  });

  it('counts a fortnight as two weeks, as a length and counted back', () => {
    expect(timexes('The Ardel strike lasted a fortnight.', PUB)).toEqual([['a fortnight', 'DURATION', 'P2W']]);
    expect(timexes('The Ardel strike ended a fortnight ago.', PUB)).toEqual(timexes('The Ardel strike ended two weeks ago.', PUB).map(([, ...rest]) => ['a fortnight ago', ...rest]));
  });

  it('never makes a date of a duration', () => {
    expect(dates('The siege of Norvale lasted for 44 days of shelling.', PUB)).toEqual([]);
  });

  it('reads the age of a truce or a war as its length, and dates no event by it', () => {
    expect(timexes("The blast was an attempt to end the rebels' 8-month-old truce.", PUB)).toEqual([['8-month-old', 'DURATION', 'P8M']]);
    expect(timexes('Kessig is tired of the two-year-old war.', PUB)).toEqual([['two-year-old', 'DURATION', 'P2Y']]);
    expect(dates('Kessig is tired of the two-year-old war.', PUB)).toEqual([]);
  });

  it('leaves ages, dates and other counts alone', () => {
    expect(timexes('A 30-year-old cyclist won the stage.', PUB)).toEqual([]);
    expect(timexes('The 136-year-old bank in Ravel closed its doors.', PUB)).toEqual([]);
    expect(timexes('Their 6-month-old son slept in the car.', PUB)).toEqual([]);
    expect(timexes('The mayor, 44 years old, resigned.', PUB)).toEqual([]);
    expect(timexes('Orders of 2,000 units arrived.', PUB)).toEqual([]);
    expect(timexes('The years ahead look hard.', PUB)).toEqual([]);
    // A count before "ago" is a date, read by counted-shift.
    expect(timexes('Two years ago the mill closed.', PUB)).toEqual([['Two years ago', 'DATE', '2019']]);
  });

  it('marks bare days, hours and minutes led by "within", "for", or "after" with what they measure', () => {
    expect(timexes('The Tarn board expects a ruling within days.', PUB)).toEqual([['days', 'DURATION', 'PXD']]);
    expect(timexes('Within hours of the Pell mine fire, crews arrived.', PUB)).toEqual([['hours', 'DURATION', 'PTXH']]);
    expect(timexes('Pell residents queued for hours at the depot.', PUB)).toEqual([['hours', 'DURATION', 'PTXH']]);
    expect(timexes('After days of talks, the Tarn unions signed.', PUB)).toEqual([['days', 'DURATION', 'PXD']]);
  });

  it('leaves bare days and hours without such a lead alone', () => {
    expect(timexes('Tarn shares fell in after hours trading.', PUB)).toEqual([]);
    expect(timexes('The old Pell miners recalled the days of old.', PUB)).toEqual([]);
    expect(timexes('Those were hard days for Pell.', PUB)).toEqual([]);
  });

  it('reads a whole count after "in", in a clause that looks ahead, as the point that far from publication', () => {
    // PUB is 10 June 2021.
    expect(timexes('The Tarn bonds would be repaid in five years.', PUB)).toEqual([['five years', 'DATE', '2026']]);
    expect(timexes('The Pell plant will reopen in three months.', PUB)).toEqual([['three months', 'DATE', '2021-09']]);
    expect(timexes("The Tarn results are due in two weeks' time.", PUB)).toEqual([['two weeks', 'DATE', '2021-W25']]);
  });

  it('dates the event at that point, known to the unit counted (weeks to about the month)', () => {
    expect(dates('The Pell plant will reopen in three months.', PUB)).toEqual([['in three months', '2021-09-01', '2021-09-30', 'month']]);
    expect(dates('The Tarn probe will fire its engines in about two weeks.', PUB)).toEqual([['in about two weeks', '2021-06-01', '2021-06-30', 'month']]);
    expect(dates('The Tarn board will vote in 10 days.', PUB)).toEqual([['in 10 days', '2021-06-20', '2021-06-20', 'day']]);
    // A length dates nothing.
    expect(dates('The Pell bridge was built in two years.', PUB)).toEqual([]);
    expect(dates('Pell sales will double in the next two years.', PUB)).toEqual([]);
  });

  it('keeps a length after "in" told in the past, in the present perfect, with "the next", or with a half', () => {
    expect(timexes('The Pell bridge was built in two years.', PUB)).toEqual([['two years', 'DURATION', 'P2Y']]);
    expect(timexes('It was the first Tarn rate cut in 20 years.', PUB)).toEqual([['20 years', 'DURATION', 'P20Y']]);
    expect(timexes('Pell sales will double in the next two years.', PUB)).toEqual([['the next two years', 'DURATION', 'P2Y']]);
    expect(timexes('The Tarn line will open in two and a half years.', PUB)).toEqual([['two and a half years', 'DURATION', 'P2Y6M']]);
  });

  it('reads "three straight years", "five consecutive quarters", "two full days" as lengths', () => {
    expect(timexes('Brenvik Steel has grown for three straight years.', PUB)).toEqual([['three straight years', 'DURATION', 'P3Y']]);
    expect(timexes('Brenvik sales fell for five consecutive quarters.', PUB)).toEqual([['five consecutive quarters', 'DURATION', 'P5Q']]);
    expect(timexes('The Brenvik strike lasted two full days.', PUB)).toEqual([['two full days', 'DURATION', 'P2D']]);
    // An ordinal counts which year, not how many; a count of other things is no length.
    expect(timexes('It was the third straight year of losses at Brenvik.', PUB)).toEqual([]);
    expect(timexes('The Brenvik board met three consecutive times.', PUB)).toEqual([]);
  });

  it('reads a bare "a month" as a length after a verb of lasting or "as long as" (TimeML DURATION, the bound outside)', () => {
    expect(timexes('The Oskel trial could last a month.', PUB)).toEqual([['a month', 'DURATION', 'P1M']]);
    expect(timexes('The Brenvik recount took a week.', PUB)).toEqual([['a week', 'DURATION', 'P1W']]);
    expect(timexes('Mira Tolan spent a year in Varno before the vote.', PUB)).toEqual([['a year', 'DURATION', 'P1Y']]);
    expect(timexes('The Pell miners waited a month for their pay.', PUB)).toEqual([['a month', 'DURATION', 'P1M']]);
    expect(timexes('Pell road repairs may run as long as a year, the council said.', PUB)).toEqual([['a year', 'DURATION', 'P1Y']]);
    // Dates nothing: a length.
    expect(dates('The Oskel trial could last a month.', PUB)).toEqual([]);
  });

  it('leaves a bare "a month" alone with no such verb, or when it names what the verb took', () => {
    expect(timexes('A week is a long time in Varno politics.', PUB)).toEqual([]);
    expect(timexes('Mira Tolan took a day trip to Varno.', PUB)).toEqual([]);
    expect(timexes('The Tarn strikers spent a week\'s wages on rent.', PUB)).toEqual([]);
    // A rate is a unit of the money, no length, whatever verb comes before it.
    expect(timexes('The Pell miners spent $40 a month on rent.', PUB)).toEqual([]);
  });

  it('reads the first or final stretch of something ("the first hours of the war") as a length, with no date', () => {
    expect(timexes('Velmar troops took the ridge during the first hours of their offensive.', PUB)).toEqual([['the first hours', 'DURATION', 'PTXH']]);
    expect(timexes('During the final few weeks of the Tessel campaign, rallies grew.', PUB)).toEqual([['the final few weeks', 'DURATION', 'PXW']]);
    expect(dates('In the opening days of the strike, the Corran mill stood idle.', PUB)).toEqual([]);
    // Without "of" after it, or with a date after "of", it is left to the other rules.
    expect(timexes('In the first days after the Oslin vote, markets fell.', PUB)).toEqual([]);
    expect(timexes('The first years were the hardest for Corran.', PUB)).toEqual([]);
    expect(timexes('The first months of 2020 were hard in Corran.', PUB)).toEqual([['2020', 'DATE', '2020']]);
  });

  it('reads a bare "a week" handed to someone to act ("gave the rebels a week to leave") as a length', () => {
    expect(timexes('The Oslin council gave the Tessel miners a week to clear the road.', PUB)).toEqual([['a week', 'DURATION', 'P1W']]);
    expect(timexes('Velmar offered him a month to decide on the Corran post.', PUB)).toEqual([['a month', 'DURATION', 'P1M']]);
    // A rate after a sum, time given to someone or something, and no verb of giving leave it alone.
    expect(timexes('Corran gave $40 a month to help the Tessel fund.', PUB).filter((t) => t[1] === 'DURATION')).toEqual([]);
    expect(timexes('She gave a day to the Velmar food bank.', PUB)).toEqual([]);
    expect(timexes('The Oslin board met a week to review the plans.', PUB)).toEqual([]);
  });

  it('counts trading, business and working days as days', () => {
    expect(timexes('Oskel shares fell for eight trading days.', PUB)).toEqual([['eight trading days', 'DURATION', 'P8D']]);
    expect(timexes('The Brenvik deal closes within three business days.', PUB)).toEqual([['three business days', 'DURATION', 'P3D']]);
    // Anchored to a happening it stays a length, as "eight days after the crash" is.
    expect(timexes('Eight trading days after the crash, Oskel shares recovered.', PUB)).toEqual([['Eight trading days', 'DURATION', 'P8D']]);
    // Counted back from publication it would be a date no calendar gives: left untagged.
    expect(timexes('Three business days ago, Oskel shares fell.', PUB)).toEqual([]);
    // Not days: the trading floor, a working week's hours.
    expect(timexes('Oskel closed two trading floors.', PUB)).toEqual([]);
    expect(timexes('The Pell mill cut two working shifts.', PUB)).toEqual([]);
  });
});
