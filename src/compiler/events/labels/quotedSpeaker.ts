// A quotation told as its speaker's words: "``We lost the vote in May but we are back,'' Ana Brel said Sunday." dated
// by "May" gives "Ana Brel: We lost the vote but we are back", not "We lost the vote …", whose "we" names no one
// outside the speaker's mouth. The same for a trailing saying whose content is that quotation ("Ana Brel said We
// lost …" is "Ana Brel: We lost …"). A label that is the reporter's own words, or a quotation with no speaker in
// its sentence (a broadcast transcript, a reader's letter), is left as it is. Pure string work over one sentence.
import { REPORTING_VERBS, alternation } from '../../text/lexicon';
import { quotationAt } from '../quotation';
import { capitalise, fit } from '../headline';
import { shrinkTitles, withoutOpeningArticle } from './labelText';

// Words that stand for someone only in the speaker's own mouth: the speaker, the listener, what the speaker points at.
const SPEAKERS_WORD = /^(?:I|I['’](?:m|ve|ll|d)|we|we['’](?:re|ve|ll|d)|you|you['’](?:re|ve|ll|d)|our|my|us|this|these)\b/i;
const SAY = alternation(REPORTING_VERBS);
// After the quotation: ",'' Ana Brel said Sunday.", "," says Ivo Marn.", "," he told reporters.", "," said Ana Brel, …".
// (A speaker of one to five words, the verb, then only its date or the end: "…," officials said as they left" is not read.)
const AFTER_QUOTE = new RegExp(String.raw`^[\s,'’"”\x60]*(?:((?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}?[\p{L}.'’-]+)\s+(?:${SAY}|told\s+\p{Ll}+)|(?:${SAY})\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*))\b`, 'u');
// "Ana Brel said We lost …": a saying whose content opens on the speaker's word written with its capital.
const SAID_QUOTED = new RegExp(String.raw`^(.{2,60}?)\s+(?:${SAY})\s+(?=(?:I|We|You|Our|My|Us|This|These)\b)`, 'u');

export interface QuotedSpeakerInput {
  sentence: string;
  exprStart: number;
  /** The speaker, when the statement path names it: then the label already says who spoke. */
  statementBy: string | null;
  people: ReadonlyArray<string>;
}

/** The speaker named after the quotation that holds offset `at`, without its article and title; null when none. */
function speakerAfter(input: QuotedSpeakerInput, quote: { start: number; end: number }): string | null {
  const after = input.sentence.slice(quote.end);
  const m = AFTER_QUOTE.exec(after);
  if (!m) return null;
  const written = (m[1] ?? m[2])!;
  // A speaker is named with a capital ("Ana Brel", "Mr. Marn"); "he said" is left as it was: the quotation's "he" may
  // be anyone the paragraph named, and a wrong owner is worse than none.
  if (!/^\p{Lu}/u.test(withoutOpeningArticle(written)) || /^(?:he|she|they|it|we|i|you)$/i.test(written)) return null;
  return shrinkTitles(withoutOpeningArticle(written), [...input.people]);
}

/** The label as "Speaker: words" when it is a quotation opening on the speaker's own word; the label otherwise. */
export function quotedSpeaker(label: string, input: QuotedSpeakerInput): string {
  if (input.statementBy) return label;
  const said = SAID_QUOTED.exec(label);
  if (said && !/[:]/.test(said[1]!)) {
    const rest = label.slice(said[0].length);
    const at = input.sentence.indexOf(rest.split(/\s+/).slice(0, 3).join(' '));
    if (at >= 0 && quotationAt(input.sentence, at + 1)) return fit(`${said[1]}: ${rest}`);
    return label;
  }
  if (!SPEAKERS_WORD.test(label)) return label;
  const quote = quotationAt(input.sentence, input.exprStart);
  if (!quote) return label;
  const speaker = speakerAfter(input, quote);
  return speaker ? fit(`${capitalise(speaker)}: ${label}`) : label;
}
