// Not every date is a happening. Of the date expressions the tagger finds in
// a sentence, this keeps those that date something that happened (or will):
// a figure's comparison point ("from 110.9 in July"), a forecast's period
// ("growth forecasts for 2025 and 2026"), a non-response ("would not comment
// Monday"), a hedge ("even a year later"), a step minutes or hours after the
// happening just told ("45 minutes later"), a running tally ("so far this
// year") and a quoted speaker's rhetorical
// "today" are set aside, and a date restated (a time zone in brackets, "nine
// days later, on May 3", "February or March", "Wednesday and Thursday") is
// folded into the expression it restates, so one happening gets one date.
// Pure: one sentence and its expressions in, the same expressions out.
import { isBareState } from './bareState';
import { PRECISION_RANK } from '../../model/calendar';
import type { TimeExpression } from '../temporal/findTimeExpressions';
import { BINDING_NOUNS, COUNTING_ORDINALS, ESTIMATING_WORDS, EVENT_NAME_WORDS, FORECASTING_WORDS, IRREGULAR_PAST, VEHICLE_WORDS, WEEKDAY_NAMES, alternation } from '../text/lexicon';
import { kindOfStem, stemWord } from '../text/happeningWords';
import { quotationAt } from './quotation';
import { isForecastPeriod } from './forecastPeriod';

export interface SetAside {
  expression: TimeExpression;
  /** Why it dates no happening, in words. */
  why: string;
}

export interface HappeningDates {
  /** The expressions that date happenings, in text order; a restated one spans its restatement too. */
  kept: TimeExpression[];
  setAside: SetAside[];
}

const NUMBER = String.raw`[$€£¥]?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|points?|[a-z]*illion|bn|mn|m|k|tonnes|tons|barrels))?`;
// "from 110.9 in July", "from 7.62 billion a year earlier", "compared with 2% in March", "than in 2019",
// "versus 1.2 million a year ago": a figure set beside another is measured against that date.
// ("from $16 million, or 40 cents a unit, a year earlier": a figure may carry its per-share part between commas.)
const PER_SHARE = String.raw`(?:,\s*or\s+${NUMBER}(?:\s+[a-z]+){0,4},?)?`;
// ("up from a projected $90 million last year": an estimate of the yardstick is still a yardstick.)
const YARDSTICK_BEFORE = new RegExp(
  String.raw`(?:\b(?:from|versus|vs\.?|against)\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+|an?\s+(?:estimated|projected|expected)\s+)?${NUMBER}(?:\s+[a-z]+){0,2}${PER_SHARE}\s*(?:in|on|at|during|for)?\s*` +
    String.raw`|\bcompar(?:ed|ison|isons|ing)\s+(?:with|to)\s+(?:[^,;:]{0,40}?\s)?(?:[^,;:]{0,40}?${NUMBER}(?:\s+[a-z]+){0,2}${PER_SHARE}\s*)?(?:in|on|at|during|for)?\s*` +
    String.raw`|\b(?<!(?:later|earlier|sooner|longer|more)\s)than\s+(?:in|on|at|during|for)?\s*)$`,
  'i',
);
// "double the number from October", "up 4% from last year", "have dropped from the middle of October": a multiple
// or a change counted from a date.
const CHANGE_FROM = /\b(?:double|doubled|triple|tripled|quadruple|twice|times|half|up|down|rose|fell|increase|increased|decrease|decreased|jump|jumped|drop|dropped|higher|lower|more|fewer|less)\b[^,;:]{0,60}\bfrom\s+(?:the\s+|a\s+)?(?:(?:middle|end|start|beginning|close)\s+of\s+(?:the\s+)?)?$/i;
// "on a year ago", "from a year earlier": a comparison read off its own words.
const COMPARISON_DATE = /^(?:an?\s+|one\s+|the\s+(?:same\s+\w+\s+|previous\s+|prior\s+)?)?(?:year|month|quarter|week|period)\s+(?:earlier|ago|before)$|^(?:the\s+)?(?:previous|prior)\s+(?:year|month|quarter|week)$/i;
// A company's result with its figure: "had net income of $2.1 million", "earned $480 million", "net was $235 million".
const PAST_RESULT = /\b(?:profit|income|loss|earnings|earned|net|sales|revenue)\b[^.;]{0,40}?(?:[$€£¥#]\s?\d|\d[\d.,]*\s*(?:million|billion))/i;
const COMPARISON_LEAD = /\b(?:from|on|over|versus|vs\.?|than)\s+$/i;
// "sales slightly above fiscal 2019 sales of $155 million", "output below 2020 levels": the date names the figure a
// figure is set beside (its result noun follows the date), not a happening.
const ABOVE_BELOW_BEFORE = /\b(?:above|below|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|than|short\s+of|in\s+line\s+with|on\s+par\s+with)\s*["“”'`]*\s*(?:the\s+|its\s+|their\s+)?$/i;
const RESULT_AFTER = /^(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:sales|earnings|results|revenues?|profits?|income|levels?|figures?|output|totals?)\b/i;
// "Up until Monday, the board had treated her only as a guest": a state that held until the day, told in the past
// perfect at the sentence's opening; what changed that day is told as its own happening. ("The strike lasted until
// Thursday" is a happening's span, and keeps its date.)
const UNTIL_STATE = /^\W*(?:up\s+)?(?:until|till)\s+$/i;
const PAST_PERFECT = /\bhad\s+(?:not\s+|never\s+|only\s+|always\s+|yet\s+to\s+)?[a-z]{3,}/i;
// "The bid had been due to lapse on May 2": a schedule told in the past perfect was changed; its date dates nothing.
const SUPERSEDED_BEFORE = /\bhad\s+(?:been\s+)?(?:set|scheduled|due|slated|planned|supposed|expected)\s+to\s+(?:[a-z]+\s+){1,3}?(?:on\s+|by\s+|in\s+)?$/i;
// "It was not yet known whether the raid reported today …", "It is unclear whether …": an open question.
const OPEN_QUESTION = /^\W*it\s+(?:was|is|remains|remained)\s+(?:not\s+(?:(?:yet|immediately)\s+)?(?:known|clear)|unclear|unknown)\s+(?:if|whether)\b/i;
// "growth forecasts for 2025 and 2026", "its outlook for next year": the period a forecast is for.
const HORIZON_BEFORE = /\b(?:forecasts?|previsions?|projections?|outlooks?|estimates?|predictions?|targets?|guidance|budgets?|expectations?)\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+(?:year\s+)?)?$/i;
// "a chronology of major events since 1989", "the eighth killing since Sept. 2": where a list or a count starts.
const ORDINAL = `(?:\\d+(?:st|nd|rd|th)|${alternation(COUNTING_ORDINALS)})`;
const SCOPE_BEFORE = new RegExp(String.raw`\b(?:events|developments|milestones|highlights|chronology|timeline|${ORDINAL}(?:\s+(?!(?:is|are|was|were|has|have|had|been)\b)[a-z'’-]+){0,5})\s+since\s*$`, 'i');
// A count from the second on: "first" also names a first-ever thing ("its first public hearings this month", "the race
// was first held in 1979"); only "for the first time" counts.
const COUNT_ORDINAL = `(?:\\d+(?:nd|rd|th)|${alternation(COUNTING_ORDINALS.filter((w) => w !== 'first'))})`;
// "raised its rate for the second time this year on Thursday", "the increase was the bank's third this year": an
// ordinal that counts happenings within the period the date names; the date bounds the count, the happening has its
// own date or none. Set aside beside another date of the sentence, or where the clause only counts ("was its third").
// ("Velk won her second title in Orsk this year" names no other day and counts in no copula, "opened its second plant
// last year and a third on Monday" dates a deed by a past period: kept.)
const ORDINAL_COUNT_BEFORE = new RegExp(String.raw`\b(?:${COUNT_ORDINAL}|for\s+the\s+first\s+time)(?:\s+(?!(?:is|are|was|were|has|have|had|been|in|on|at|of|to)\b)[a-z'’-]+){0,2}\s+(?:so\s+far\s+)?(?:(?:in|of|during)\s+)?$`, 'i');
// The running period a count is kept in ("this year", "so far this season"); in a clause that only counts, a year too.
const COUNTED_PERIOD = /^(?:so\s+far\s+)?this\s+(?:year|month|week|season|decade|century)$/i;
const COUNTED_YEAR = /^\d{4}$/;
const COPULAR_ORDINAL = new RegExp(String.raw`\b(?:is|are|was|were|marks|marked|became|becomes)\s+(?:the\s+)?(?:(?:its|their|his|her|a)\s+|(?:\p{Lu}[\p{L}.&-]*\s+){0,2}[\p{L}.-]+['’]s?\s+)?${COUNT_ORDINAL}\b`, 'u');
// "the 14 robberies since 2019", "nine people killed and 30 hurt in the feud since May": a number of happenings
// counted from a date, within its clause; the date starts the count.
const COUNT_SINCE = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens|hundreds|thousands|several|many|numerous)\s+(?:[a-z'’-]+\s+){0,2}?(?:[a-z'’-]{3,}s|people|men|women|children)\b(?:\s+(?![a-z]+(?:s|ed)\s+(?:to|that)\b)[\w'’,-]+){0,8}?\s+since\s*$/i;
/**
 * A count of happenings from the date ("the 14 robberies since 2019"), not a state that has run since it after a
 * perfect ("has shuttled between the two capitals since January": the shuttling began then).
 */
function countsSince(before: string): boolean {
  const m = COUNT_SINCE.exec(before);
  return m !== null && !/\b(?:has|have|had|'ve)\b/i.test(before.slice(0, m.index));
}
// "her 1998 sedan", "Tomas Varek's 1971 Belford Comet was found …": a year naming a vehicle's model, after an owner;
// in a sentence with another date, a brand's capitalised name after it, the subject of the clause's verb, is one too.
const MODEL_YEAR_BEFORE = /(?:\p{L}['’]s?|\b(?:his|her|their|its|my|our|your))\s+$/iu;
const MODEL_YEAR_AFTER = new RegExp(String.raw`^\s+(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,2}(?:${VEHICLE_WORDS.join('|')})\b`, 'u');
const BRAND_SUBJECT_AFTER = /^\s+(?:\p{Lu}[\p{Ll}\d-]+\s+){1,3}(?:was|were|is|had|has|sat|stood)\b/u;
// "Of the four finalists this year, …": the date bounds the set a sentence picks from, it dates nothing.
const SET_OPENING = /^\W*of\s+(?:the|all|these|those)\s+(?:[\w'’-]+\s+){0,4}$/i;
// "The following are the newest tallies as of Monday …": a sentence that introduces a list or table tells nothing.
const LIST_INTRO = /^\W*(?:the\s+)?following\s+(?:is|are)\b/i;
// "on course for a rate rise this year", "the case for an increase later this year": the period an expected
// happening may fall in. Set aside only beside another date of the sentence (the day it was said or seen).
const EXPECTED_BEFORE = /\b(?:for|expects?|expected|anticipates?|anticipated|sees?|predicts?|predicted)\s+(?:an?|another|one|more)\s+(?:[\w'’-]+\s+){0,5}$/i;
const HORIZON_TEXT = /^(?:(?:later|earlier|sometime)\s+)?(?:this|next)\s+(?:year|month|quarter|season|spring|summer|autumn|fall|winter)$/i;
// "the town's annual Halloween parade", "its yearly New Year's Eve gala": a date that recurs names no one happening.
const RECURRING_BEFORE = /\b(?:annual|yearly|every|each)\s+$/i;
// "the stock, which peaked above $80 twenty years ago, …": a figure's former level, told
// to measure today's against; the date of a level dates no happening.
const FORMER_LEVEL_BEFORE = new RegExp(
  String.raw`\b(?:traded|trading|stood|peaked|topped)\s+(?:as\s+(?:high|low|much)\s+as|above|below|over|under|near|around|at)\s+${NUMBER}(?:\s+[a-z]+){0,3}?\s*(?:in|on|at|during|over)?\s*$`,
  'i',
);
const LONG_AGO = /\b(?:ago|earlier|before)$/i;
// "the flats, worth $4 million in March, now fetch half that", "land valued at nine million crowns as of May": what a
// holding was worth on a date, a level to measure today's by, no happening.
const WORTH_BEFORE = /\b(?:worth|valued\s+at)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|an\s+estimated\s+)?(?:[$€£¥]?\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)(?:[\s-]+(?:[a-z]+-)?(?:hundred|thousand|million|billion|dollars|euros|pounds|crowns|yen|francs|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))*\s+(?:in|on|as\s+of|at\s+the\s+end\s+of)\s+$/i;
// "the Varno index closed within 2% of the record high it hit on May 4", "shares are 20% below the peak they reached in
// March": a level measured against a record's date; the record is the yardstick, not the day's happening.
const RECORD_YARDSTICK_BEFORE = /\b(?:within|below|above|under|near|short\s+of|off)\s+(?:[\w$%.,'’-]+\s+){0,4}?(?:the|its|their|a)\s+(?:[\w-]+\s+)?(?:record|peak|high|low)(?:\s+(?:high|low|close|level))?\s+(?:(?:it|they)\s+)?(?:set|reached|hit|touched|posted)\s+(?:on\s+|in\s+)?$/i;
// "would not comment Monday", "declined to comment on Friday", "did not immediately respond to requests …".
const NO_RESPONSE = /\b(?:(?:would|could|did|does|do|will)\s+not|wouldn['’]t|couldn['’]t|didn['’]t|doesn['’]t|won['’]t|declined\s+to|refused\s+to|was\s+not\s+immediately\s+available\s+to|(?:not|(?:is|are|was|were)n['’]t)\s+(?:immediately\s+)?available\s+(?:for|to))\s+(?:immediately\s+)?(?:comment|respond|reply|return|be\s+reached)\b|\bcould\s+not\s+be\s+(?:immediately\s+)?reached\b|\bno\s+(?:immediate\s+)?comment\b/i;
// "did not respond to the offer by Tuesday's deadline", "failed to reply to the ultimatum": silence towards terms put to
// a party is what happened (the bid lapses, the deadline passes); a request for comment is not such terms.
const ANSWER_TO_TERMS = new RegExp(
  String.raw`\b(?:respond|reply|answer)\s+to\s+(?:the|its|their|his|her|an?|our|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:${alternation(BINDING_NOUNS.filter((w) => w !== 'request'))})\b`,
  'i',
);
// "for the quarter ended Aug. 31", "the fiscal year ending tomorrow", "the half ended June 28": where an
// accounting period stops; the result told for it is reported later, on a day the sentence does not give.
const PERIOD_END_BEFORE = /\b(?:quarter|year|half|period|months|weeks)\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?$/i;
// "7% debentures due May 1, 2019", "the bonds, which are due on Nov. 1, 2031": a debt security's maturity, part
// of its name, written with its year; the date of the sale or the redemption the sentence tells is another. (A
// payment "due on Monday" is a happening.)
const MATURITY_BEFORE = /\b(?:notes|debentures|bonds|securities)\b(?:,\s+which\s+(?:will\s+be|are|were)\s+|\s+)due\s+(?:on\s+|in\s+)?$/i;
// "the mill had 12 million shares outstanding": how many shares there were on a day, a level, not a happening.
const SHARES_LEVEL = /\b(?:had|has|have)\s+(?:about\s+|nearly\s+|some\s+|roughly\s+|approximately\s+)?[\d.,]+\s*(?:million\s+|billion\s+)?(?:common\s+)?shares\s+outstanding\b/i;
// "payable Jan. 3 to holders of record Dec. 9", "will be paid March 2 to shareholders of record Feb. 6", "distributed
// in May to holders of record April 30": the record date names who is paid; the payment is the happening.
const RECORD_BEFORE = /\bof\s+record\s+(?:on\s+|as\s+of\s+)?$/i;
const PAYMENT_WORD = /\b(?:payable|paid|pay|distributed|distributable|mailed|issuable)\b/i;
// "our first concern from now to Election Day", "between now and Christmas": a horizon that runs from the
// present to the date; what happens in it is not dated by its end.
const FROM_NOW_BEFORE = /\b(?:from\s+now\s+(?:to|until|till|through|on\s+to)|between\s+now\s+and)\s+$/i;
// "for 2024 and beyond": a horizon that opens on the date and has no end dates nothing.
const OPEN_HORIZON_AFTER = /^\s+and\s+beyond\b/i;
// "even a year later, …", "even today": a hedge measures how long something lasts, it dates nothing.
const HEDGE_BEFORE = /\b(?:even|still)\s+$/i;
const RELATIVE_TEXT = /\b(?:later|after|afterwards?|earlier|ago|today|now|since|on)\b/i;
// "About 45 minutes later", "two hours later": a step of the happening just told (the launch, then the separation),
// on the same day: the timeline shows days, so it is that happening's detail, not another event.
const STEP_OF_DAY = /^(?:about\s+|some\s+|nearly\s+|roughly\s+|just\s+|barely\s+)?(?:an?|one|two|three|four|five|six|several|a\s+few|\d{1,3}(?:\.\d)?)\s+(?:minutes?|hours?)\s+(?:later|earlier|afterwards?)$/i;
const RHETORICAL_NOW = /^(?:today|tonight|now|this\s+day)$/i;
const PAST_OR_FUTURE = /\b(?:was|were|had|did|will|would|shall|going\s+to|[a-z]{3,}ed)\b|\b(?:came|went|began|struck|hit|fell|rose|left|won|lost|made|took|gave|met|said|told|saw)\b/i;
// Inside a quotation, where the date's clause ends: a comma, a semicolon or a "that" opening another clause.
const QUOTE_CLAUSE = /[,;]\s*|\s+that\s+/;
// "we're worried", "I am not concerned": a state the speaker is in, not a deed.
const STATE_OF_MIND = /(?:['’](?:re|m|s)|\b(?:is|are|am))\s+(?:not\s+)?[a-z]{3,}ed\b/gi;
const CALENDAR_NAME = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b/;

/** Clause punctuation: what comes before a date in the same clause stops here. */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|as|when|after|before)\b|\s[—–]\s/g;
/** The same without the global flag, for a test that must not carry a position from one call to the next. */
const HAS_CLAUSE_BREAK = new RegExp(CLAUSE_BREAK.source);

function clauseBefore(sentence: string, at: number, max = 120): string {
  const from = Math.max(0, at - max);
  const head = sentence.slice(from, at);
  let cut = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return head.slice(cut);
}

/** The clause around a date: from the last clause break before it to the next one after it. */
function clauseAround(sentence: string, e: TimeExpression): string {
  const after = sentence.slice(e.end);
  const stop = /[;:]|,\s+(?:and|but|while|as|when|after|before)\b|\s[—–]\s/.exec(after);
  return `${clauseBefore(sentence, e.start, 200)}${e.text}${stop ? after.slice(0, stop.index) : after}`;
}

/** A date written out in full (a year, or a month with its day): it says when without leaning on another. */
function isAbsolute(text: string): boolean {
  return /\b\d{4}\b/.test(text) || /\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\b\d{1,2}\s+[A-Z][a-z]{2,8}\b/.test(text);
}

// "his 1990 earnings projection", "the company's 2031 sales forecast": a year naming the period a forecast is for.
const FORECAST_NOUN_AFTER = /^\s+(?:[\w'’-]+\s+){0,3}?(?:forecasts?|projections?|estimates?|outlooks?|targets?|guidance)\b/i;
// "its goal of a 40% share by the mid-2030s", "a target of 2 million homes by 2040": the horizon a figure set as a goal
// is to be reached by. ("Talks aimed at a signed treaty by December" tell a deed expected: kept.)
const GOAL_BY_BEFORE = /\b(?:goals?|targets?|aims?|objectives?|ambitions?)\s+(?:of|to)\b[^;:]{0,60}?\d[^;:]{0,40}?\bby\s+(?:the\s+)?$/i;
// "Since Monday, Varlow stock has climbed about 6%", "the index has fallen 12% since March": a change of a figure
// counted from a date, the date its yardstick; a multiple needs no number ("whose shares have doubled since March").
// ("Has been ruled from the capital since 1972" starts a state: kept.)
const CHANGE_SINCE = /\b(?:has|have|had)\s+(?:\w+\s+)?(?:(?:gained|risen|fallen|climbed|dropped|declined|lost|jumped|slipped|added|shed|surged|soared|tumbled|plunged|advanced|eased)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+)?[$€£¥]?\d|(?:doubled|tripled|quadrupled|halved)\b)/i;
// "just a decade ago the three were still under the old treaty": a state that still held then, no happening. ("were
// still fighting" tells something going on.)
const STILL_STATE = /\b(?:was|were)\s+still\b(?!\s+[a-z]+ing\b)/i;
// "redeemable after the end of 2031", "will carry a dividend of 5% until Dec. 31, 2030": the terms of a security,
// not something that happens on the date.
const SECURITY_TERMS_BEFORE = /\b(?:redeemable|convertible|exercisable|callable)\b(?:\s+[\w'’,-]+){0,4}?\s+(?:after|before|until|from|on|in)\s+(?:the\s+(?:end|start|beginning|close)\s+of\s+)?$|\bwill\s+(?:carry|bear|pay)\b[^.;]{0,40}?\b(?:dividends?|interest|rates?|coupons?|yields?)\b[^.;]{0,80}?\s(?:until|through)\s+$/i;
// "an order that the girl stay in Varno until May 6": the end of a state a demand or an order sets.
const ORDERED_STATE_UNTIL = /\bthat\s+(?:[\w'’-]+\s+){1,4}?(?:remain|stay)\b[^.;]{0,60}?\buntil\s+$/i;

// "the chief executive is approaching next year warily", "the club goes into next season without its captain", "as it
// looks ahead to 2026": a period faced as the object of a verb of approaching is a horizon, no happening in it.
// ("Rebels entered the town on Friday" dates the entering: the date is no object there.)
const FACED_HORIZON_BEFORE = /\b(?:approach(?:es|ed|ing)?|(?:head|go|move|step)(?:s|es|ed|ing)?\s+into|going\s+into|went\s+into|look(?:s|ed|ing)?\s+(?:ahead\s+)?to(?:wards?)?|enter(?:s|ed|ing)?)\s+$/i;
const FACED_PERIOD = /^(?:(?:the\s+)?(?:next|coming|new)\s+(?:year|season|decade|quarter|month|week)|\d{4})$/i;

/** A change of a figure told right before "since", or after a "since" that opens the sentence. */
function changesSince(sentence: string, e: TimeExpression): boolean {
  const opening = /^\W*$/.test(sentence.slice(0, e.start));
  return CHANGE_SINCE.test(opening ? sentence.slice(e.end).split(/[;.]\s/)[0]! : clauseBefore(sentence, e.start, 80));
}

// "below the 22 cents per unit it earned in 2022", "topped the $4.2 billion it posted a year earlier": the
// figure a figure is set beside, with the verb that once reported it; the yardstick's date. ("It reported a loss last
// year" tells the report.)
const REPORTED_YARDSTICK_BEFORE = new RegExp(
  String.raw`\b(?:than|above|below|exceed(?:s|ed|ing)?|beat|beats|beating|topped|tops|missed|matched|matching)\s+(?:the\s+|its\s+|their\s+)?${NUMBER}(?:\s+[a-z]+){0,3}?${PER_SHARE}\s+(?:it|they|he|she|we|the\s+company|the\s+firm)\s+(?:had\s+)?(?:reported|posted|earned|made|recorded|booked|logged|announced|paid|had|was)\s+(?:in|on|for|during)?\s*$`,
  'i',
);
// "How many ferries will still sail in 2031?", "Will the central bank cut rates in March?": a date in a clause that asks a
// question, the reporter's or a quoted speaker's, dates no happening; the question only wonders. Only the clause that
// ends on the question mark counts ("We lost on Sunday, but who cares?" keeps Sunday).
const QUESTION_AFTER = /^(?:(?!,\s+(?:and|but|while|as|when|after|before|so)\b)[^.!;:?"“”])*\?/i;

// "If the family fails to appeal, the soonest the boy could leave would be seven days later": a date counted from a
// happening supposed under an "if" that opens the sentence, in a clause with "would" or "could", has no day to count
// from. ("If the talks go well, a second round could be held on May 3" names its day: an expected happening, kept;
// so is a plan, "If needed, the board will meet two days later".)
const IF_OPENING = /^\W*(?:(?:but|and|even|only)\s+)?if\b/i;
const SUPPOSED = /\b(?:would|could|might)\b/i;
const COUNTED_FROM = /\b(?:later|after|afterwards?|thereafter)$/i;

// "Analysts were predicting 2026 earnings of $4.15 a unit", "expects fourth-quarter sales of $2 billion": a period
// named before the result a forecast is of. ("Reported 2025 earnings of $3 a share" tells a result: kept.)
const PREDICTING_BEFORE = new RegExp(`\\b(?:${alternation([...FORECASTING_WORDS, ...ESTIMATING_WORDS].filter((w) => !/likely$/.test(w)))})\\s+(?:the\\s+|its\\s+|their\\s+|a\\s+)?$`, 'i');

// "Brel still had not paid the fine by Friday", "As of Monday, the council had yet to vote": a deed not done by a day
// is no happening; the day only marks how long it has waited. ("Brel paid the fine by Friday", "had not paid it when
// the court ruled on Friday": a deed, and another happening's day, are kept.)
const NOT_DONE = /\b(?:still\s+(?:had|has|have|did|does|do)\s*(?:not|n['’]t)|(?:had|has|have)\s+yet\s+to|(?:had|has|have)n['’]t\s+yet|(?:had|has|have)\s+(?:still\s+)?not\s+yet|still\s+(?:hadn['’]t|hasn['’]t|haven['’]t|didn['’]t|doesn['’]t|don['’]t))\b/i;
const BY_DAY_BEFORE = /\b(?:by|as\s+of)\s+$/i;

// "Brel said Monday it expects to close the deal by the end of next year": the horizon an expected deed is to be done
// by, beside the day it was said, is a forecast's, not a happening. ("The deal closed by the end of June", and an
// expected deed with its own day, "expects to close the deal on March 3", are kept.)
const EXPECTED_BY_BEFORE = /\b(?:expects?|expected|expecting|hopes?|hoped|hoping|aims?|aimed|aiming|intends?|intended|plans?|planned|planning|wants?|targets?|targeted|seeks?|sought)\s+to\s+(?:[\w'’-]+\s+){1,8}?(?:by|before|within)\s+$/i;
const VAGUE_HORIZON = /^(?:(?:the\s+)?(?:end|middle|start|beginning|close)\s+of\s+)?(?:the|this|next|early|late|mid-?)?\s*(?:year|month|quarter|week|decade|spring|summer|autumn|fall|winter|\d{4})$/i;

// "The Varno Courier wrote in its editorial on Tuesday, May 12:" heading the editorial's own text: a reprint's header,
// page furniture that names the paper's column and its day, as a dateline does. ("The Courier wrote in a column on
// Tuesday that the ban was wrong", "… argued in its editorial on Tuesday: 'The ban is wrong.'" report a statement: kept.)
const COLUMN_HEADER_BEFORE = /\b(?:said|says|wrote|writes|argued|argues|commented|comments)\s+in\s+(?:an?|its|the)\s+(?:editorial|column|commentary|op-ed|leader)\s+(?:published\s+)?$/i;
const WEEKDAY_AND_DATE = new RegExp(String.raw`^(?:on\s+)?(?:${WEEKDAY_NAMES.join('|')}),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}$`);

/** Whether a date closes a reprinted column's header: the column and its day, then a colon ending the sentence or before a full date. */
function isColumnHeader(sentence: string, e: TimeExpression): boolean {
  const after = sentence.slice(e.end);
  if (!/^\s*:/.test(after) || !COLUMN_HEADER_BEFORE.test(sentence.slice(Math.max(0, e.start - 80), e.start))) return false;
  return /^\s*:\s*$/.test(after) || WEEKDAY_AND_DATE.test(e.text.trim());
}

// "The preferred units would be bought back in three years, subject to the bank's consent", "the dividend, which remains
// subject to a board vote, would be paid in March", "only the rival's bid obliges the board to open an auction in May
// 2026": what would happen under terms not yet in force, or under a proposal's, dates no happening. ("The split
// will be paid on Jan. 3", "the merger, subject to approval, closed on Friday", "the treaty requires both sides to
// withdraw by May 1" tell a schedule, a deed and a binding deadline: kept.)
const WOULD_BEFORE = /\bwould\s+(?:not\s+|also\s+|then\s+)?(?:be\s+)?[a-z]+/i;
const SUBJECT_TO = /\bsubject\s+to\b/i;
const PROPOSED_TERMS_BEFORE = /\b(?:proposal|proposals|offer|offers|bid|bids)\s+(?:would\s+)?(?:requires?|calls?\s+for|obliges?)\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:[\w'’-]+\s+){1,6}?(?:in|on|by)?\s*$/i;

/** Whether a date dates what would happen under terms: a "would" beside "subject to", or a proposal's requirement. */
function isUnderTerms(sentence: string, before: string): boolean {
  return (WOULD_BEFORE.test(before) && SUBJECT_TO.test(sentence)) || PROPOSED_TERMS_BEFORE.test(before);
}

// "Good news for the carmaker today.", "More bad news tonight for Orsk farmers.": a broadcast's lead-in that only
// announces news to come, with no verb; the happening is told in the sentences after it. ("Good news for savers: the
// bank raised its rate on Monday" tells it after the colon, "news from the front reached the capital on Monday" with
// its verb.)
const NEWS_TEASER = /^\W*(?:(?:good|bad|big|grim|mixed|more|some|sad|welcome|great|better|worse|fresh|breaking)\s+){0,2}news\s+(?:(?:today|tonight|this\s+(?:morning|evening))\s+)?(?:for|from|out\s+of|about|on)((?:\s+[^\s,;:!?()"“”]+){1,6})$/i;

/** Why an expression dates no happening, or null when it does. */
// "At the close of the newscast tonight, …", "later in the program on Sunday": a transcript's own running order is
// page furniture, no happening. ("The broadcast on Monday drew ten million viewers" tells one: no running order.)
const RUNNING_ORDER_BEFORE = /\b(?:at\s+the\s+(?:end|close|start|top)\s+of|(?:later|earlier)\s+in|coming\s+up\s+(?:on|in))\s+(?:the|this|our|tonight['’]s)\s+(?:broadcast|program|programme|show|newscast|hour|bulletin)\s+$/i;

function whyNotHappening(sentence: string, e: TimeExpression, listHead: TimeExpression, all: TimeExpression[], published?: string): string | null {
  const others = all.length - 1;
  // "up from 58.9% four years ago, when the party won": the when-clause happened then.
  if (/^\s*,?\s*when\b/i.test(sentence.slice(e.end, e.end + 12))) return null;
  const before = clauseBefore(sentence, listHead.start);
  // Asked for by several readings below: worked out once, the clause only when one of them gets that far.
  const trimmed = e.text.trim();
  let around: string | undefined;
  const aroundDate = () => (around ??= clauseAround(sentence, e));
  if (YARDSTICK_BEFORE.test(before) || CHANGE_FROM.test(before)) return 'a comparison point';
  if (COMPARISON_DATE.test(trimmed) && COMPARISON_LEAD.test(before)) return 'a comparison point';
  if (/^compar/i.test(before.trim().split(/\s+/).slice(-2)[0] ?? '') && COMPARISON_DATE.test(trimmed)) return 'a comparison point';
  // "A year earlier, the bakery earned $3.1 million, or 17 cents a unit": a past result told beside this one's, in a
  // sentence of its own, is its yardstick.
  if (others === 0 && COMPARISON_DATE.test(trimmed) && PAST_RESULT.test(aroundDate())) return 'a comparison point';
  if (ABOVE_BELOW_BEFORE.test(before) && RESULT_AFTER.test(sentence.slice(e.end))) return 'a comparison point';
  if (REPORTED_YARDSTICK_BEFORE.test(before)) return 'a comparison point';
  if (HORIZON_BEFORE.test(before)) return "a forecast's period";
  if (e.date.precision === 'year' && /\b\d{4}\b/.test(e.text) && FORECAST_NOUN_AFTER.test(sentence.slice(e.end))) return "a forecast's period";
  if (PREDICTING_BEFORE.test(sentence.slice(Math.max(0, e.start - 40), e.start)) && RESULT_AFTER.test(sentence.slice(e.end))) return "a forecast's period";
  if (GOAL_BY_BEFORE.test(before)) return "a goal's horizon";
  if (FACED_PERIOD.test(trimmed) && FACED_HORIZON_BEFORE.test(sentence.slice(Math.max(0, e.start - 30), e.start))) return 'a horizon faced';
  if (e.rule === 'since' && changesSince(sentence, e)) return 'a comparison point';
  if (STILL_STATE.test(aroundDate())) return 'a state that still held then';
  if (isBareState(sentence, e.start, e.end)) return 'a state, with no deed or figure';
  if (SECURITY_TERMS_BEFORE.test(before)) return "a security's terms";
  if (ORDERED_STATE_UNTIL.test(before)) return 'the end of a state an order sets';
  if (isForecastPeriod(aroundDate(), e, published)) return "a forecast's period";
  if (RUNNING_ORDER_BEFORE.test(before)) return "a broadcast's running order";
  if (UNTIL_STATE.test(`${sentence.slice(0, e.start)}${/^(?:up\s+)?(?:until|till)\b/i.test(e.text) ? e.text.replace(/\S+$/, '') : ''}`) && PAST_PERFECT.test(sentence.slice(e.end))) {
    return 'the end of a state told in the past perfect';
  }
  if (SUPERSEDED_BEFORE.test(before)) return 'a schedule since changed';
  if (OPEN_QUESTION.test(sentence)) return 'an open question';
  if (NOT_DONE.test(aroundDate()) && (BY_DAY_BEFORE.test(sentence.slice(Math.max(0, e.start - 8), e.start)) || /^(?:by|as\s+of)\s/i.test(e.text))) return 'a deed not done by the day';
  if (IF_OPENING.test(sentence) && SUPPOSED.test(sentence.slice(0, e.start)) && COUNTED_FROM.test(trimmed)) return 'a date counted from a happening supposed under a condition';
  if (sentence.includes('?', e.end) && QUESTION_AFTER.test(sentence.slice(e.end).replace(/``|''/g, '"'))) return 'a question';
  if (RECURRING_BEFORE.test(sentence.slice(Math.max(0, e.start - 12), e.start))) return 'a date that recurs';
  if (FORMER_LEVEL_BEFORE.test(before) && LONG_AGO.test(trimmed)) return "a figure's former level";
  if (WORTH_BEFORE.test(before)) return "a figure's former level";
  if (RECORD_YARDSTICK_BEFORE.test(before)) return 'a comparison point';
  if (e.rule === 'since' && (SCOPE_BEFORE.test(before) || countsSince(before))) return "a list's or a count's starting point";
  if (ORDINAL_COUNT_BEFORE.test(before)) {
    const copular = COPULAR_ORDINAL.test(before);
    if ((COUNTED_PERIOD.test(trimmed) && (others > 0 || copular)) || (copular && COUNTED_YEAR.test(trimmed))) return 'the period an ordinal counts happenings in';
  }
  // "Since 1949, the league has grown to take in Varno in 1952, Peltz in 1955 and Ostra in 1982": a span opening the
  // sentence, whose steps are dated one by one after it, starts them; its own start is told elsewhere, if at all.
  if (e.rule === 'since' && /^\W*since\b/i.test(sentence.slice(0, e.end)) && all.filter((o) => o.start > e.end && o.date.start > e.date.start).length >= 2) {
    return 'the start of a span whose steps are dated';
  }
  if (e.date.precision === 'year' && /^\d{4}$/.test(trimmed) && MODEL_YEAR_BEFORE.test(sentence.slice(0, e.start))) {
    const after = sentence.slice(e.end);
    const brand = others > 0 ? BRAND_SUBJECT_AFTER.exec(after) : null;
    // "Varnel's 2014 World Cup was held …" names a happening, not a model.
    const named = brand ? brand[0].toLowerCase().split(/\s+/).some((w) => EVENT_NAME_WORDS.has(w)) : false;
    if (MODEL_YEAR_AFTER.test(after) || (brand && !named)) return "a model's year";
  }
  if (SET_OPENING.test(sentence.slice(0, listHead.start)) && /^\s*,/.test(sentence.slice(e.end))) return 'the bounds of a set the sentence picks from';
  if (others > 0 && HORIZON_TEXT.test(trimmed) && EXPECTED_BEFORE.test(before)) return 'the period an expected happening may fall in';
  if (others > 0 && VAGUE_HORIZON.test(trimmed.replace(/^(?:by|before|within)\s+/i, '')) && EXPECTED_BY_BEFORE.test(`${before}${/^(?:by|before|within)\s/i.test(e.text) ? e.text.split(/\s/)[0] + ' ' : ''}`)) return 'the horizon an expected deed is to be done by';
  if (isColumnHeader(sentence, e)) return "a reprinted column's header";
  if (isUnderTerms(sentence, before)) return 'what would happen under terms not in force';
  if (LIST_INTRO.test(sentence)) return "a list's introduction";
  // (The teaser needs the word "news": the sentence without the date is tidied only when it has it.)
  const withoutDate = `${sentence.slice(0, e.start)}${sentence.slice(e.end)}`;
  const teaser = /news/i.test(withoutDate) ? NEWS_TEASER.exec(withoutDate.replace(/\s+/g, ' ').replace(/\s*[.!]+\s*$/, '')) : null;
  if (teaser && !PAST_OR_FUTURE.test(teaser[1]!)) return "a broadcast's lead-in to news to come";
  if (isCaption(sentence, all)) return 'a heading of names and a date, with no happening';
  if (NO_RESPONSE.test(aroundDate()) && !ANSWER_TO_TERMS.test(aroundDate())) return 'a non-response';
  if (PERIOD_END_BEFORE.test(before)) return "an accounting period's end";
  if (MATURITY_BEFORE.test(before) && /\b\d{4}\b/.test(e.text)) return "a debt security's maturity";
  if (SHARES_LEVEL.test(aroundDate())) return 'a count of shares on a day';
  if (RECORD_BEFORE.test(before) && PAYMENT_WORD.test(sentence)) return 'a record date beside the payment';
  if (OPEN_HORIZON_AFTER.test(sentence.slice(e.end))) return 'an open-ended horizon';
  if (FROM_NOW_BEFORE.test(sentence.slice(0, e.start))) return 'a horizon from the present';
  if (HEDGE_BEFORE.test(before) && RELATIVE_TEXT.test(e.text)) return 'a hedge';
  if (STEP_OF_DAY.test(trimmed)) return 'a step of the happening told before it, on its day';
  if (isRunningTally(sentence, e, before)) return 'a running tally';
  const quoted = RHETORICAL_NOW.test(trimmed) ? quotationAt(sentence, e.start) : null;
  if (quoted) {
    // "Today we are all farmers": the speaker's present, with no verb of a happening and no date beside it.
    // Only the date's own clause inside the quotation counts ("we today accept the pledge that the country will …"
    // is a present: the "will" is another clause's), and a state after "we're" ("we're worried") is no deed.
    const head = sentence.slice(quoted.start, e.start);
    const tail = sentence.slice(e.end, quoted.end);
    const from = Math.max(0, ...[...head.matchAll(new RegExp(QUOTE_CLAUSE.source, 'g'))].map((m) => m.index + m[0].length));
    const to = QUOTE_CLAUSE.exec(tail)?.index ?? tail.length;
    const words = `${head.slice(from)} ${tail.slice(0, to)}`.replace(STATE_OF_MIND, ' ');
    const irregular = words.toLowerCase().split(/[^a-z]+/).some((w) => IRREGULAR_PAST.has(w));
    if (!PAST_OR_FUTURE.test(words) && !irregular && !CALENDAR_NAME.test(words)) return "a quoted speaker's rhetorical present";
  }
  return null;
}

// The small words a heading of names may hold beside them ("Kessaro in May 2001", "Orban on Friday").
const HEADING_WORDS = /^(?:on|in|at|of|the|and|since|from|to|for)$/i;

/**
 * "Kessaro, two thousand one.", "January two thousand two.", "Orban on Friday.": a broadcast's running heads and a
 * transcript's speaker lines are names and a date with no word of a happening: nothing happened in them. A sentence
 * with a lower-case word, a number, a quotation or a happening's name ("Quake in Varna on Monday", "Marathon in
 * May") is left.
 */
function isCaption(sentence: string, all: TimeExpression[]): boolean {
  let rest = sentence;
  for (const e of [...all].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, e.start)} ${rest.slice(e.end)}`;
  if (/["“”`'’\d]/.test(rest.replace(/['’]s\b/g, ''))) return false;
  const words = rest.split(/[\s,.;:!?()—–-]+/).filter(Boolean);
  const names = words.filter((w) => !HEADING_WORDS.test(w));
  if (names.length > 3 || !names.every((w) => /^\p{Lu}/u.test(w))) return false;
  return !names.some((w) => EVENT_NAME_WORDS.has(w.toLowerCase()) || kindOfStem(stemWord(w.toLowerCase())) !== undefined);
}

// "more than 80 riders have been hurt so far this year", "has fallen 12% this year to date": a count up to now.
const SO_FAR_BEFORE = /\b(?:so\s+far|thus\s+far)\s+(?:in\s+)?$/i;
const SO_FAR_AFTER = /^\s*(?:so\s+far|thus\s+far|to\s+date)\b/i;
const PERFECT = /\b(?:has|have|'ve)\s+(?:\w+\s+){0,2}?(?:been\s+)?[a-z]{3,}(?:ed|en|wn|ght|ne)\b/i;

/** A date that closes a count still running ("so far this year") in a present perfect clause: no happening of its own. */
function isRunningTally(sentence: string, e: TimeExpression, before: string): boolean {
  if (!SO_FAR_BEFORE.test(before) && !SO_FAR_AFTER.test(sentence.slice(e.end))) return false;
  return PERFECT.test(clauseAround(sentence, e));
}

/** Where the parenthesis that encloses `at` opens, or -1. */
function openingBracket(sentence: string, at: number): number {
  const open = sentence.lastIndexOf('(', at);
  if (open < 0) return -1;
  const close = sentence.indexOf(')', open);
  return close >= 0 && close < at ? -1 : open;
}

interface Fold {
  /** Which of the two gives the date. */
  keep: 'first' | 'second';
  /** The two make a span from the first to the second. */
  span: boolean;
  /** The span ends where the second ends, even inside the first ("this year through August"). */
  cut?: boolean;
  /** Where the folded expression ends, if beyond the second (a closing bracket). */
  end?: number;
}

const APPOSITION = /^\s*,\s*(?:(?:most\s+)?(?:likely|probably|possibly|perhaps|presumably|reportedly|expected|around|about)\s+)?(?:on|in|at)?\s*$/i;

/** Whether b is a finer date inside a's interval. */
function finerInside(b: TimeExpression, a: TimeExpression): boolean {
  return PRECISION_RANK[b.date.precision] < PRECISION_RANK[a.date.precision] && b.date.start >= a.date.start && b.date.end <= a.date.end;
}

/** How expression b restates expression a (the one before it, perhaps already folded), if it does. */
function restates(sentence: string, a: TimeExpression, aOwnEnd: number, b: TimeExpression): Fold | null {
  // Already inside what a's restatement covers.
  if (b.start < a.end) return { keep: 'first', span: false };
  const between = sentence.slice(a.end, b.start);
  // "at 4:15 pm EDT Friday (2015 GMT Friday, 2:15 am local time Saturday)": the clock in other zones.
  const open = openingBracket(sentence, b.start);
  if (open >= aOwnEnd && /^\s*$/.test(sentence.slice(aOwnEnd, open))) {
    const close = sentence.indexOf(')', b.end);
    return { keep: 'first', span: false, end: close < 0 ? b.end : close + 1 };
  }
  // "February or March": alternatives for one happening; the first stands for them.
  if (/^\s*,?\s*or\s+(?:in\s+|on\s+)?$/i.test(between)) return { keep: 'first', span: false };
  // "today is Saturday": one day named twice.
  if (/^\s+(?:is|was)\s+$/i.test(between)) return { keep: 'first', span: false };
  // "Wednesday and Thursday": two days running are one span.
  if (/^\s*(?:and|to|through|-|–)\s*(?:on\s+)?$/i.test(between) && a.date.precision === 'day' && b.date.precision === 'day') {
    const gap = (Date.parse(b.date.start) - Date.parse(a.date.end)) / 86_400_000;
    if (gap === 1) return { keep: 'first', span: true };
  }
  // "in the late 1970s and early 1980s", "through the 1980s and 1990s": two decades running are one span, whose
  // happening is told once. ("in 1952 and 1955" names two years, each a step: left.)
  if (/^\s*(?:and|to|through|-|–)\s*(?:in\s+|into\s+)?(?:the\s+)?$/i.test(between) && a.date.precision === 'decade' && b.date.precision === 'decade') {
    const gap = Number(b.date.start.slice(0, 4)) - Number(a.date.start.slice(0, 4));
    if (gap > 0 && gap <= 10) return { keep: 'first', span: true };
  }
  // "has fallen 2% this year through Oct. 19", "from Monday through Friday": one span, from the first's start to the
  // second's end. ("moved the vote from Monday to Friday" names two days: "to" joins only a finer date inside the first.)
  if (/^\s*(?:through|thru)\s+$/i.test(between) && (finerInside(b, a) || (a.date.precision === b.date.precision && b.date.start > a.date.end))) return { keep: 'first', span: true, cut: true };
  if (/^\s*to\s+$/i.test(between) && finerInside(b, a)) return { keep: 'first', span: true, cut: true };
  // "nine days later, on May 3, 2012": a relative date and the date it comes to; "in the first week of
  // October, likely October 5": a date and the finer one inside it.
  if (APPOSITION.test(between) && ((!isAbsolute(a.text) && isAbsolute(b.text)) || finerInside(b, a))) return { keep: 'second', span: false };
  return null;
}

// "… opened the same day as the model was first shown, October 7": the day named later in the clause is that same day.
const SAME_DAY = /^(?:on\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?day)$/i;

// "As last year, pre-orders opened …, October 7": a year opening its clause, before a comma, that only gives its
// year to a finer, year-less date later in the same clause.
const FRAME_LEAD = /^\W*(?:(?:and|but|as|while|just\s+as)\s+)?(?:in\s+)?$/i;

function framesFinerDate(sentence: string, e: TimeExpression, all: TimeExpression[]): boolean {
  if (e.date.precision !== 'year' || !/^\s*,/.test(sentence.slice(e.end)) || !FRAME_LEAD.test(clauseBefore(sentence, e.start))) return false;
  return all.some((f) => inClauseAfter(sentence, e, f) && finerInside(f, e) && !/\b\d{4}\b/.test(f.text));
}

/** Whether f comes soon after e with no clause break between them. */
function inClauseAfter(sentence: string, e: TimeExpression, f: TimeExpression): boolean {
  return f.start > e.end && f.start - e.end <= 80 && !HAS_CLAUSE_BREAK.test(sentence.slice(e.end, f.start));
}

/** "The same day" whose day a date later in its clause names: that date dates the happening. */
function sameDayRestated(sentence: string, e: TimeExpression, all: TimeExpression[]): boolean {
  if (!SAME_DAY.test(e.text.trim())) return false;
  return all.some((f) => inClauseAfter(sentence, e, f) && f.date.precision === 'day' && isAbsolute(f.text));
}

/** The first item of the coordinated list each expression belongs to ("in 2020, 2021 and 2022"). */
export function listHeads(sentence: string, expressions: TimeExpression[]): TimeExpression[] {
  const heads: TimeExpression[] = [];
  expressions.forEach((e, k) => {
    const prev = expressions[k - 1];
    const between = prev ? sentence.slice(prev.end, e.start) : null;
    heads.push(prev && between !== null && /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$/.test(between) ? heads[k - 1]! : e);
  });
  return heads;
}

/** `published` (YYYY-MM-DD) lets a period not yet over be told from one already past. */
export function happeningDates(sentence: string, expressions: TimeExpression[], published?: string): HappeningDates {
  const setAside: SetAside[] = [];
  const heads = listHeads(sentence, expressions);
  const candidates: TimeExpression[] = [];
  expressions.forEach((e, k) => {
    const why = whyNotHappening(sentence, e, heads[k]!, expressions, published) ?? (sameDayRestated(sentence, e, expressions) || framesFinerDate(sentence, e, expressions) ? 'a year or "the same day" that a finer date later in its clause says' : null);
    if (why) setAside.push({ expression: e, why });
    else candidates.push(e);
  });
  const kept: TimeExpression[] = [];
  // The end of each kept expression as the tagger gave it, before any restatement was folded in.
  const ownEnds: number[] = [];
  for (const e of candidates) {
    const last = kept[kept.length - 1];
    const fold = last ? restates(sentence, last, ownEnds[ownEnds.length - 1]!, e) : null;
    if (!last || !fold) {
      kept.push(e);
      ownEnds.push(e.end);
      continue;
    }
    const start = last.start;
    const end = Math.max(last.end, e.end, fold.end ?? 0);
    const chosen = fold.keep === 'first' ? last : e;
    const date = fold.span && (fold.cut || e.date.end > chosen.date.end) ? { ...chosen.date, end: e.date.end } : chosen.date;
    kept[kept.length - 1] = { ...chosen, start, end, text: sentence.slice(start, end), date, kind: fold.span ? 'span' : chosen.kind };
  }
  return { kept, setAside };
}
