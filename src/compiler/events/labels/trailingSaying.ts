// A trailing saying: "X will sign the bill on Tuesday, officials said Saturday": the saying is the event the date
// dates, and what was said names it.
import { DECIDING_VERBS, REPORTING_VERBS, alternation } from '../../text/lexicon';
import { MAX_LABEL_CHARS, capitalise } from '../headline';
import { FUNCTION_WORDS, asReported, contentWords, shrinkTitles, tidy, withoutOpeningArticle, withoutTrailingJunk } from './labelText';

// ", officials said Saturday": a trailing clause that is only a speaker, a reporting verb and the date.
// (A ruling closes a sentence the same way: ", immigration officials ruled Monday".)
// (", the mayor said when asked Friday", ", officials said as night fell Monday": a short when-clause of the saying
// may stand between the verb and its date; so may the wire's "here": ", the prime minister said here Friday".)
const REPORTED_BY = new RegExp(String.raw`^\s*(?:['"”’]+\s*)?((?:[\p{L}.'’-]+\s+){1,5}?)(${alternation([...REPORTING_VERBS, ...DECIDING_VERBS])})\s+(?:here\s+)?(?:(?:when|as|while)\s+(?:[\p{Ll}'’-]+\s+){1,3}?)?(?:on\s+)?$`, 'iu');
// What may follow the date in that trailing clause: only what it was about ("… said when asked Friday about the fines").
// ("… said Monday before leaving the air base": a short phrase of what the speaker did then.)
// (", Norway said Friday in response to the strikes", "…, the club said Monday in a statement": what it answered, or where.)
const SAID_ABOUT = /^\s*(?:(?:about|of|on|regarding)\s[^,;:]{1,60}|(?:before|after|upon|while|on)\s+\p{Ll}+ing\s[^,;:]{1,50}|in\s+(?:response|reply|reaction)\s+to\s[^,;:]{1,80}|in\s+(?:a|an)\s+(?:written\s+)?(?:statement|interview|letter|speech)\b[^,;:]{0,60})$/u;

/** What the trailing saying of segment `at` said: the clause before it, back over short asides, not to a dateline. */
function saidBefore(text: string, segs: ReadonlyArray<{ start: number; end: number }>, at: number): string {
  let from = at - 1;
  // A segment that opens in lower case goes on the clause before it ("… killed a doctor in Harbourton, Norway,
  // who had received threats, police said"): back to where the sentence's clause begins.
  while (from > 0 && (contentWords(text.slice(segs[from]!.start, segs[from]!.end)) < 3 || /^\s*\p{Ll}/u.test(text.slice(segs[from]!.start, segs[from]!.end)))) from--;
  const said = withoutTrailingJunk(text.slice(segs[from]!.start, segs[at - 1]!.end)).replace(/^[\s"“”‘’'`,;:—–-]+/u, '');
  // ("The suspect -- Ivo Marn -- was to appear …" from its name on: the dash left without its pair goes.)
  const dashes = said.match(/\s(?:[—–]|--?)\s/gu) ?? [];
  return dashes.length === 1 ? said.replace(/\s(?:[—–]|--?)\s/u, ' ') : said;
}

// ", according to a statement Monday by the port authority": a document the date dates, then who wrote it.
const ACCORDING_DOCUMENT = /^\s*according\s+to\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|report|release|letter|filing|notice|announcement)\s+(?:(?:issued|released|published|posted|sent)\s+)?(?:on\s+)?$/iu;
const DOCUMENT_BY = /^\s+(?:by|from)\s+(?:the\s+)?([^,;:()"“”]{2,60}?)\s*[.!?]?["”’]?\s*$/u;

/** Who wrote the dated document a trailing "according to" names ("the port authority"); null otherwise. */
function documentBy(before: string, after: string): string | null {
  if (!ACCORDING_DOCUMENT.test(before)) return null;
  const by = DOCUMENT_BY.exec(after);
  return by && /\p{Lu}/u.test(by[1]!) ? capitalise(tidy(by[1]!)) : null;
}

/** The speaker, the verb of saying and what was said, when the date's clause is only a trailing saying; null otherwise. */
export function trailingSaying(text: string, segs: ReadonlyArray<{ start: number; end: number }>, at: number, exprStart: number, exprEnd: number, people: string[]): string | null {
  const seg = segs[at] ?? { start: 0, end: text.length };
  const reported = at > 0 && (contentWords(tidy(text.slice(exprEnd, seg.end))) === 0 || SAID_ABOUT.test(text.slice(exprEnd, seg.end)))
    ? REPORTED_BY.exec(text.slice(seg.start, exprStart)) : null;
  const document = at > 0 && !reported ? documentBy(text.slice(seg.start, exprStart), text.slice(exprEnd, seg.end)) : null;
  if (document) {
    const said = saidBefore(text, segs, at);
    // (A headline names the writer by name alone: "Varnian space agency chief Ana Brel" is "Ana Brel".)
    const writer = describedPerson(document, people) ?? shrinkTitles(document, people);
    if (contentWords(said) >= 2) return `${writer}: ${capitalise(withoutOpeningArticle(said))}`;
  }
  if (reported) {
    const said = saidBefore(text, segs, at);
    const speaker = tidy(reported[1]!);
    if (contentWords(said) >= 2 && contentWords(speaker) >= 1) {
      // "But the talks have resumed, an official said": the link word ties the sentence to the one before, not to the saying.
      const what = said.replace(/^(?:But|And|Yet|So|Still|However|Meanwhile|Instead)\b,?\s*/u, '');
      const verb = reported[2]!.toLowerCase();
      const full = capitalise(shrinkTitles(`${speaker} ${verb} ${asReported(what)}`, people));
      // "German deputy finance minister Rudolf Marn said …": when the whole would be cut, the description goes, so that
      // what was said is kept; the name stays.
      const name = full.length > MAX_LABEL_CHARS ? describedPerson(speaker, people) : null;
      return name ? capitalise(`${name} ${verb} ${asReported(what)}`) : full;
    }
  }
  return null;
}

// "transport minister Ana Brel", "White House spokesman Ivo Marn": a description in words of their own (one at least in
// lower case, the last no link word such as "for"), then a known person's full name.
const DESCRIBED_NAME = /^(?:(?:the|a|an)\s+)?(?:[\p{L}.'’-]+\s+)*?\p{Ll}[\p{L}'’-]*\s+((?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Lu}[\p{L}.'’-]*)$/u;

function describedPerson(speaker: string, people: ReadonlyArray<string>): string | null {
  const m = DESCRIBED_NAME.exec(speaker);
  const before = m ? speaker.slice(0, speaker.length - m[1]!.length).trim().split(/\s+/).pop()!.toLowerCase() : '';
  return m && people.includes(m[1]!) && !FUNCTION_WORDS.has(before) ? m[1]! : null;
}

// "Ivo Marn said he would …, Castell said Sunday": the sentence opens on a speaker of its own, a name and its verb.
const OPENING_SPEAKER = new RegExp(String.raw`^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+(?:${alternation(REPORTING_VERBS)})$`, 'u');
const SAID_PRONOUN = new RegExp(String.raw`^((?:\S+\s+){1,5}?(?:${alternation([...REPORTING_VERBS, ...DECIDING_VERBS])})\s+)(he|she)\b`, 'u');

/**
 * "Castell said he would go …" from "Ivo Marn said he would go …, Castell said Sunday": what the trailing speaker
 * reports is what the opening speaker said of himself, so the "he" is that speaker. The saying as it is when the
 * sentence opens on no named speaker, or what was said opens on no "he" or "she".
 */
export function withOpeningSpeaker(saying: string, sentence: string, attribution: { start: number; end: number } | null): string {
  if (!attribution || attribution.start !== 0) return saying;
  const speaker = OPENING_SPEAKER.exec(sentence.slice(0, attribution.end).trim())?.[1];
  const m = SAID_PRONOUN.exec(saying);
  if (!speaker || !m || saying.includes(speaker)) return saying;
  return `${m[1]}${speaker}${saying.slice(m[0].length)}`;
}
