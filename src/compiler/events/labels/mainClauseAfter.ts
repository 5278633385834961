// Date-lead handling: a date phrase that opens its sentence ("On Monday, …", "In the fall of 2020, …") leaves the
// label to the main clause after it.
import { capitalise } from '../headline';
import { AUXILIARY_LEAD, PAST_VERB, isIngVerb, opensOnVerb, verbless } from './clauseParts';
import { withListSubject } from './subjectOfClause';
import { bare, contentWords, shrinkTitles, startsWithPreposition, tidy, withoutTrailingJunk, words } from './labelText';

// The main clause after segment `at`: further date phrases, and a dateline's source tag
// ("YEREVAN, Sept 27 (Newswire) - …"), are passed over.
export function mainClauseAfter(text: string, segs: ReadonlyArray<{ start: number; end: number }>, at: number, people: string[]): string | null {
  // The last short segment passed over that could be a subject ("On Monday, rescuers, fearing …, searched …").
  let skipped = -1;
  for (let i = at + 1; i < segs.length; i++) {
    const s = segs[i]!;
    const body = text.slice(s.start, s.end);
    if ((startsWithPreposition(body) || contentWords(body) < 2) && i < segs.length - 1) {
      if (!startsWithPreposition(body) && contentWords(body) === 1 && verbless(body)) skipped = i;
      continue;
    }
    // "The blasts killed 31 people, including four guards, on May 2, 2001, in the port": a date after its clause
    // leaves only a phrase of place after it, which is no clause.
    // ("…, which fell 2%, on Friday, to 437.68": nor is a figure's "to" after it.)
    if (at > 0 && (startsWithPreposition(body) || /^\s*to\s+[$€£]?\d/.test(body))) return null;
    // "On Monday, rescuers, fearing a second slide, searched the ravine": a participle's aside after the subject;
    // the subject and the verb's segment after the aside.
    const aside = skipped === i - 1 && isIngVerb(bare(words(body)[0] ?? '')) ? segs.findIndex((v, j) => j > i && opensOnVerb(text.slice(v.start, v.end))) : -1;
    if (aside > 0) {
      return capitalise(shrinkTitles(tidy(`${text.slice(segs[skipped]!.start, segs[skipped]!.end)} ${text.slice(segs[aside]!.start, segs[aside]!.end)}`), people));
    }
    // Keep short list items that follow ("cities, villages, and settlements").
    let end = s.end;
    for (let j = i + 1; j < segs.length && words(text.slice(segs[j]!.start, segs[j]!.end)).length <= 5; j++) {
      end = segs[j]!.end;
    }
    // "On Monday, Ana Brel, Ivo Marn and others closed the docks": the first item of a list whose last items open
    // the verb's segment.
    const verbSeg = verbless(body) ? segs.findIndex((v, j) => j > i && !verbless(text.slice(v.start, v.end))) : -1;
    const listed = verbSeg > 0 ? withListSubject(tidy(text.slice(segs[verbSeg]!.start, segs[verbSeg]!.end)), text, segs, verbSeg) : null;
    if (listed) return capitalise(shrinkTitles(listed, people));
    // "On Monday, Ana Brel, the port's director, closed the docks": a subject without its verb, then an
    // apposition, then the verb's segment: the subject and that segment.
    // ("…, joined by one of the lawyers, flew to …": a participle and its agent are an aside, not the verb.)
    const verbAt = verbless(text.slice(s.start, s.end))
      ? segs.findIndex((v, j) => j > i && opensOnVerb(text.slice(v.start, v.end)) && !/^\s*\p{Ll}+(?:ed|en)\s+by\b/u.test(text.slice(v.start, v.end))) : -1;
    if (verbAt > 0) return capitalise(shrinkTitles(tidy(`${text.slice(s.start, s.end)} ${text.slice(segs[verbAt]!.start, segs[verbAt]!.end)}`), people));
    // "The last strike there, in the summer of 2019, lasted three weeks": the verb's subject opens the sentence.
    const main = tidy(text.slice(s.start, end));
    const opening = at > 0 ? withoutTrailingJunk(text.slice(segs[0]!.start, segs[0]!.end).replace(/^[\s"“”‘’']+/u, '')) : '';
    const verbFirst = AUXILIARY_LEAD.test(main) || PAST_VERB.test((words(main)[0] ?? '').toLowerCase());
    const subject = verbFirst && words(opening).length <= 6 && !startsWithPreposition(opening) ? `${opening.replace(/^(?:the|a|an)\s+/i, '')} ` : '';
    // ("On Monday, Ana Brel, Ivo Marn and others closed the docks": the list's first items are the subject too.)
    return capitalise(shrinkTitles(subject ? `${subject}${main}` : withListSubject(main, text, segs, i) ?? main, people));
  }
  return null;
}
