// Deadlines: a date set as a deadline, or ending what a ruling or a binding noun requires, labels what must be done.
import { BINDING_NOUNS, CALENDAR_WORDS, alternation } from '../../text/lexicon';
import { capitalise } from '../headline';
import { bare, shrinkTitles, tidy, withoutTrailingJunk } from './labelText';

// A deadline ("by June 1", "until May") at the end of what a ruling or an order requires: its subject, its modal and
// its verb ("the mill must close"), after the verb that required it and any date of that verb. (What was only said
// to come by a date, "said the road would be rebuilt by March", stays the saying's.)
const DEADLINE_OF_CONTENT = new RegExp(String.raw`\b(?:ruled|decided|ordered|agreed|demanded|insisted|required|told\s+[\p{L}'’-]+)\s+(?:[^,;:]{0,30}?\s+)?(?:that\s+)?((?:[\p{L}\d'’.-]+\s+){1,5}?(?:must|should|would|will|shall|(?:has|have|had)\s+to)\s+[^,;:]{3,120}?)\s+(?:by|until|no\s+later\s+than)\s+$`, 'u');
// A deadline ("by Jan. 14", "until March 6") after a noun of what binds or plans the deed and the deed itself: "…
// around Wednesday's ruling by the land tribunal to send the boy home by Jan. 14", "the talks that are supposed to end
// by May", "a court order that the mill stay shut until March 6": the noun and its deed, not the clause around them.
const DUE_BY_NOUN = new RegExp(
  String.raw`(?:^|\s)(?:(?:[Tt]he|[Aa]n?)\s+|((?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*['’]s\s+))` +
    String.raw`((?:[\p{L}\d.'’-]+\s+){0,4}?(?:${alternation(BINDING_NOUNS)})` +
    String.raw`(?:\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,2}(?:\p{Lu}[\p{L}.'’&-]*)(?:\s+(?:and|of|for)\s+(?:\p{Lu}[\p{L}.'’&-]*\s*){1,3})?)?` +
    String.raw`\s+(?:(?:that|which)\s+|to\s+(?!(?:the|a|an|its|their|his|her)\s|\p{Lu}|\S+s\s))[^,;:]{2,100}?)\s+(?:by|until|till|no\s+later\s+than)\s+$`,
  'u',
);

// The name that set a deadline, right before its verb: "Orvik has fixed", "Tesk Mills set".
const SETTER = /^\s*((?:\p{Lu}[\p{L}.'’&-]*\s+){1,3})(?:has\s+|have\s+|had\s+)?(?:set|sets|fixed|named|chose|picked)\s+$/u;

/** The deadline's label: what it is for, or what must happen by it; null when the date is no such deadline. */
export function deadline(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number, people: string[]): string | null {
  // "… and named Thursday as the deadline for the transfer": the deadline is the event, named by what it is for.
  const deadline = /\b(?:set|sets|setting|fixed|named|chose|picked)\s+$/i.test(text.slice(seg.start, exprStart))
    ? /^\s+as\s+(?:the|a|its|their)\s+((?:final\s+)?deadline\s+(?:for|to|of)\s+[^,;:]{3,100})/i.exec(text.slice(exprEnd, seg.end)) : null;
  // ("Orvik has fixed May 2 as …": whose deadline it is, a name of a few words that set it.)
  const setter = deadline ? SETTER.exec(text.slice(seg.start, exprStart))?.[1]?.trim() : undefined;
  if (deadline) return capitalise(tidy(`${setter && !/^(?:The|A|An)$/.test(setter.split(/\s+/)[0]!) ? `${withoutTrailingJunk(setter)}’s ` : ''}${deadline[1]!}`));
  // "The board ruled Monday that the mill must close by June 1": the deadline is the ruling's content, not the ruling.
  const required = DEADLINE_OF_CONTENT.exec(text.slice(seg.start, exprStart));
  if (required) return capitalise(shrinkTitles(tidy(required[1]!), people));
  const bound = DUE_BY_NOUN.exec(text.slice(seg.start, exprStart));
  // ("talks that are supposed to end": the relative word goes before its auxiliary.)
  if (bound) {
    // Whose it is goes with it ("Chancellor Orlan's promise", "his order"); a date's ("Wednesday's ruling") does not.
    const owner = bound[1] && !CALENDAR_WORDS.has(bare(bound[1].trim().split(/\s+/).pop()!.replace(/['’]s$/, ''))) ? bound[1] : '';
    return capitalise(shrinkTitles(tidy(`${owner}${bound[2]!.replace(/\s(?:that|which)\s+(?=(?:is|are|was|were|has|have|had)\s)/i, ' ')}`), people));
  }
  return null;
}
