import { findTimeExpressions } from '../../../src/compiler/temporal/findTimeExpressions';
import { happeningDates } from '../../../src/compiler/events/happeningDates';

// A Friday in November: this year is not over, next year is to come.
const PUBLISHED = '2023-11-17';

function kept(sentence: string): string[] {
  const { expressions } = findTimeExpressions(sentence, { published: PUBLISHED, previous: null });
  return happeningDates(sentence, expressions, PUBLISHED).kept.map((e) => e.text);
}

describe('forecastPeriod: what a period is expected to bring', () => {
  it('sets aside a period a plan "will mean" something for, or a share is "expected to see" grow in', () => {
    expect(kept('Varlow said its new pricing will mean lower earnings for 2024.')).toEqual([]);
    expect(kept('The brewer is expected to see its share grow to 42% in the current year.')).toEqual([]);
  });

  it('keeps a deed on a schedule and a period already over', () => {
    expect(kept('Varlow expects to open the Tolva plant in 2024.')).toEqual(['2024']);
    expect(kept('The new pricing meant lower earnings in 2022, Varlow said.')).toEqual(['2022']);
  });
});

describe('forecastPeriod: a level of a coming period told in the present', () => {
  it('sets aside a coming period whose level is told with a comparative right after it', () => {
    expect(kept('"The break-even level for next year is far lower, but will it be enough?" the treasurer asked.')).toEqual([]);
    expect(kept('Building costs in 2025 are higher than the city planned, the auditor said on Monday.')).toEqual(['on Monday']);
  });

  it('keeps a period already over, and a coming period that dates a deed told after a comparative', () => {
    expect(kept('Building costs in 2022 are higher than the city planned, the auditor said.')).toEqual(['2022']);
    expect(kept('The new ferry is faster than the old one and will enter service next year.')).toEqual(['next year']);
  });
});

describe("forecastPeriod: a modal acting on a company's figures", () => {
  it('sets aside a coming period whose figures a modal and a verb act on', () => {
    expect(kept('Orlo said the merger would dilute its earnings by roughly 7% in 2024 and 2025.')).toEqual([]);
    expect(kept('Severance payments will reduce Ravel Bank\'s operating results for 2023 by $3 million.')).toEqual([]);
    expect(kept('The analyst estimated that the new company wouldn\'t be profitable until 2026 or later.')).toEqual([]);
    expect(kept('Tariffs could cut the carmaker\'s profit by a fifth next year, its chief said on Monday.')).toEqual(['on Monday']);
  });

  it('keeps results put out on a schedule, a deed of a coming year, and figures of a year gone by', () => {
    expect(kept('Orlo will publish its annual results next year.')).toEqual(['next year']);
    expect(kept('Orlo will report full-year earnings next year.')).toEqual(['next year']);
    expect(kept('Velko will open a plant in Tarsk next year.')).toEqual(['next year']);
    expect(kept('The government will cut income taxes next year.')).toEqual(['next year']);
    expect(kept('Ostra Pharma will start sales of the drug in Europe next year.')).toEqual(['next year']);
    expect(kept('The write-off reduced Ravel Bank\'s results for 2022 by $3 million.')).toEqual(['2022']);
  });
});

