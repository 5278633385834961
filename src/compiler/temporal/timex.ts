// TIMEX3 values (TimeML, after the TIDES guidelines) of what the parsers
// found: a date's value from its start and precision ("2022-12-22",
// "2022-12", "2020-FA", "2020", "199"), a duration's from its count and unit
// ("P44D"), each over TimeML's extent (leading prepositions left out).
import type { Precision } from '../../model/schema';
import type { Duration, TemporalResult, TimeExpression, Timex } from './types';

const LEAD = /^(?:(?:on|in|since|by|until|till|from|during|before|after|of|through|throughout|between|as\s+of|starting|beginning|around|circa|for|into|to|over|at|within|nearly|almost|about|some|roughly|at\s+least|more\s+than|less\s+than|up\s+to)\s+)+/i;

const SEASON_CODE = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];

/** The TIMEX3 value of a date at its precision. */
export function dateValue(start: string, precision: Precision): string {
  switch (precision) {
    case 'day':
      return start;
    case 'month':
      return start.slice(0, 7);
    case 'season': {
      const month = Number(start.slice(5, 7));
      // January and February belong to the winter that began the December before.
      const year = month <= 2 ? Number(start.slice(0, 4)) - 1 : Number(start.slice(0, 4));
      return `${year}-${SEASON_CODE[month - 1]}`;
    }
    case 'year':
      return start.slice(0, 4);
    case 'decade':
      return start.slice(0, 3);
  }
}

const UNIT_CODE: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE', hour: 'H', minute: 'M' };
const NUMBER_WORD: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

function durationTimex(d: Duration): Timex {
  const lead = LEAD.exec(d.text)?.[0].length ?? 0;
  const core = d.text.slice(lead).replace(/\s+of\s+[a-z][a-z-]*$/i, '');
  const m = /(\S+)[\s-]+(day|week|month|year|decade|centur|hour|minute)/i.exec(core);
  let value = 'PXY';
  if (m) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORD[m[1]!.toLowerCase()];
    const unit = UNIT_CODE[m[2]!.toLowerCase().replace(/^centur$/, 'century')] ?? 'Y';
    const time = /hour|minute/i.test(m[2]!);
    value = `P${time ? 'T' : ''}${n ?? 'X'}${unit}`;
  }
  return { start: d.start + lead, end: d.start + lead + core.length, type: 'DURATION', value };
}

function expressionTimex(e: TimeExpression): Timex {
  const lead = LEAD.exec(e.text)?.[0].length ?? 0;
  return { start: e.start + lead, end: e.end, type: 'DATE', value: dateValue(e.date.start, e.date.precision) };
}

/** Every TIMEX3 of a sentence's result, in text order. */
export function timexesOf(_sentence: string, result: Omit<TemporalResult, 'timexes'>, others: readonly Timex[]): Timex[] {
  return [
    ...result.expressions.map(expressionTimex),
    ...result.durations.map(durationTimex),
    ...others,
  ].sort((a, b) => a.start - b.start);
}

