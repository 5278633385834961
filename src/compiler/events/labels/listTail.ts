// A participle or list tail ("…, signed in 2020", "the budgets of 2019, 2020 and 2021"): the thing it qualifies comes
// before it, so the label is that thing with the date; a short relative clause after a comma is said of the noun right
// before it.
import { capitalise } from '../headline';
import { DATE_WORD, RELATIVE_WORD, TIME_NOUN, isVerbOfClause, lastNounPhrase } from './clauseParts';
import type { LabelInput } from './labelInput';
import { DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, TRAILING_PREPOSITIONS, bare, contentWords, shrinkTitles, tidy, words } from './labelText';

/** How far back a list's tail looks for the thing it qualifies, in words. */
const LIST_TAIL_WORDS = 12;

/** A segment that opens on a relative word and its verb: "which fell 2%". */
function opensOnRelativeVerb(segment: string): boolean {
  const verb = /^\s*(?:which|who)\s+(\S+)/i.exec(segment)?.[1];
  return verb !== undefined && isVerbOfClause(bare(verb));
}
// A clause's opening relative word, before its verb: "which was announced", "which closed".
const SHORT_RELATIVE = /^\s*(?:which|who)\s+(?=(?:(?:is|are|was|were|has\s+been|had\s+been)\s+)?\p{Ll}+(?:ed|en)?\b)/u;

/**
 * The label of a date that is a list's item or a participle's tail, from the segment `at` (`own` is its text, without
 * an opening date's preposition); null when the segment says more than a few words of its own.
 */
export function listTail(text: string, segs: ReadonlyArray<{ start: number; end: number }>, at: number, own: string, input: LabelInput): string | null {
  const { sentence, exprStart, exprEnd, people } = input;
  const seg = segs[at]!;
  // (Other items of the list in the segment, "June 9 and July 2", are dates, not words of a clause.)
  const isDateWord = (w: string) => DATE_WORD.test(bare(w)) || /^\d{1,2}$/.test(bare(w));
  const otherDates = words(own).filter(isDateWord).length - words(sentence.slice(exprStart, exprEnd)).filter(isDateWord).length;
  // The list's first item reads the same words as its others ("signed in 2019, 2020 and 2021"), so its label matches theirs.
  const next = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:in\s+|on\s+)?(\S+)/.exec(text.slice(exprEnd))?.[1] ?? '';
  const headsList = input.listStart === exprStart && (DATE_WORD.test(bare(next)) || /^\d{4}\b/.test(next));
  // "… welcomed the upbeat view of the pact, which was signed Friday", "a sell rating on Brel stock, which closed
  // Friday at $38.20": a short relative clause after the comma is said of the noun right before it.
  const relative = at > 0 && !headsList ? SHORT_RELATIVE.exec(text.slice(seg.start, seg.end)) : null;
  if (relative && contentWords(tidy(own)) - Math.max(0, otherDates) < 3) {
    const host = text.slice(segs[at - 1]!.start, segs[at - 1]!.end);
    const noun = /\s(?:of|on|in|for|at|to|with|from|about|over)\s+((?:[\p{L}\d'’.-]+\s+){0,3}[\p{L}\d'’.-]+)\s*$/u.exec(host)?.[1] ?? lastNounPhrase(host);
    if (contentWords(noun) >= 1 && !/^(?:he|she|it|they|him|her|them)$/i.test(noun)) {
      return capitalise(shrinkTitles(tidy(`${noun.replace(/^(?:the|a|an)\s+/i, '')} ${text.slice(seg.start, seg.end).replace(SHORT_RELATIVE, '')}`), people));
    }
  }
  // "… the Ostra 30 gauge, which slid 2.2%, or 9.1, on Monday, to 611.4": a date standing alone after a relative
  // clause's segments dates that clause, said of the noun before it.
  // ("extended the permit, which was issued in 2019, to May 2031": a date the main verb wants is not the clause's.)
  const alone = at > 1 && !headsList && contentWords(tidy(`${text.slice(seg.start, exprStart).replace(TRAILING_PREPOSITIONS, '')} ${text.slice(exprEnd, seg.end)}`)) === 0
    && !/\b(?:to|until|till|through)\s*$/i.test(text.slice(seg.start, exprStart));
  const opener = alone ? [at - 1, at - 2].find((j) => j > 0 && opensOnRelativeVerb(text.slice(segs[j]!.start, segs[j]!.end))) : undefined;
  if (opener !== undefined) {
    const noun = lastNounPhrase(text.slice(segs[opener - 1]!.start, segs[opener - 1]!.end));
    const clause = text.slice(segs[opener]!.start, segs[at - 1]!.end).replace(/^\s*(?:which|who)\s+/i, '');
    if (contentWords(noun) >= 1 && !/^(?:he|she|it|they|him|her|them)$/i.test(noun)) {
      return capitalise(shrinkTitles(tidy(`${noun.replace(/^(?:the|a|an)\s+/i, '')} ${clause}`), people));
    }
  }
  if ((contentWords(tidy(own)) - Math.max(0, otherDates) < 3 && at > 0) || headsList) {
    const before = words(text.slice(0, Math.min(input.listStart, exprStart)));
    // ("Net income rose 12% to …": a window that would cut the sentence's first word or two, with no comma among them
    // and nothing blanked before, takes them too.)
    const cut = before.slice(0, Math.max(0, before.length - LIST_TAIL_WORDS));
    const whole = cut.length <= 2 && !cut.some((w) => /[,;:]$/.test(w)) && text.slice(0, exprStart) === sentence.slice(0, exprStart);
    const head = before.slice(whole ? 0 : -LIST_TAIL_WORDS);
    // "The board praised the three budgets …": start at the object, after the verb that governs it.
    const object = head.findIndex((w, i) => i > 0 && DETERMINERS.has(w.toLowerCase()) && !PREPOSITIONS.has((head[i - 1] ?? '').toLowerCase())
      && !TIME_NOUN.test(bare(head[i + 1] ?? '')));
    if (object > 0 && head.length - object > 3) head.splice(0, object + 1);
    while (head.length > 1 && FUNCTION_WORDS.has((head[0] ?? '').toLowerCase())) head.shift();
    // "the bombings which killed 31 people": the relative word goes, so the noun is the verb's subject.
    const relative = head.findIndex((w, i) => i > 0 && i <= 3 && RELATIVE_WORD.test(w.toLowerCase()) && !/,$/.test(head[i - 1]!) && isVerbOfClause(bare(head[i + 1] ?? '')));
    if (relative > 0) head.splice(relative, 1);
    return capitalise(tidy(`${head.join(' ')} ${sentence.slice(exprStart, exprEnd)}`));
  }
  return null;
}
