// A subject cut from its verb by an aside: "Tomorrow the board of Varn county, Ostland, will vote …".
import { PARTICIPLE_LEAD, opensOnVerb, verbless } from './clauseParts';
import { startsWithPreposition, tidy, words } from './labelText';

// A place set off after a name ("Varn county, Ostland,", "Tesk Corp., Kell, Vt.,"): a few capitalised words.
const PLACE = /^(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}$/u;
// A place after a name inside the subject's segment: "the shareholders of Brel Foods, Tesk".
const TRAILING_PLACE = /,\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}$/u;
// A participle's phrase said of the subject ("asked whether he was pleased", "speaking to reporters").
const PARTICIPLE_PHRASE = /^\p{Ll}+(?:ed|ing)\s+\S/u;
// A subject: a determiner or a capital opens it, after a link word.
const SUBJECT = /^(?:(?:and|but)\s+)?(?:the|a|an|its|their|his|her|\p{Lu})/iu;

/**
 * "Tomorrow the board of Varn county, Ostland, will vote on the move", "And Governor Tesk yesterday, asked whether he
 * was pleased, replied …": the date's segment is a subject with no verb, and after one or two asides (a place, a
 * participle's phrase) a segment opens on its verb: the label is the subject and that segment, the asides left out.
 * Null when the segment has a verb of its own, opens on a preposition ("In Monday's trading, …" is an opening
 * phrase), or no verb comes after the asides.
 */
export function verbAfterAside(own: string, text: string, segs: ReadonlyArray<{ start: number; end: number }>, at: number): string | null {
  const subject = tidy(own);
  if (!verbless(subject) || startsWithPreposition(subject) || !SUBJECT.test(subject) || words(subject).length < 2) return null;
  for (let k = at + 1; k <= at + 3 && k < segs.length; k++) {
    const part = text.slice(segs[k]!.start, segs[k]!.end).trim();
    // ("Brel Foods, Tesk, will vote": a place after a name may stay in the subject's segment, a list of names to the splitter.)
    const placeInside = k === at + 1 ? TRAILING_PLACE.exec(subject) : null;
    if (placeInside && opensOnVerb(part)) return tidy(`${subject.slice(0, placeInside.index)} ${part}`);
    if (k > at + 1 && opensOnVerb(part)) return tidy(`${subject} ${part}`);
    if (!PLACE.test(part) && !(PARTICIPLE_PHRASE.test(part) || PARTICIPLE_LEAD.test(part))) return null;
  }
  return null;
}
