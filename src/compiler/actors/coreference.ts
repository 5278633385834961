// Coreference: phrases that point back at actors already named. "The two
// countries" takes the actors of the last sentences when exactly that many
// fit; "either government" takes both.
import type { Sentence } from '../text/segment';
import type { Add, Ctx } from './context';

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2 };
const PLURAL_RE = /\b(?:(?:the|both)\s+)(?:(two|three|four|five)\s+)?(?:(?:former|neighbou?ring|rival|warring|feuding|ex-Soviet|Soviet|Caucasus|South|Caucasian|post-Soviet|Balkan|Gulf|allied|two)\s+)*(countries|nations|states|republics|sides|parties|neighbou?rs|governments|parliaments|delegations|capitals|rivals|leaders|presidents|ministers|foreign ministers|premiers|men|candidates|campaigns|companies|clubs|teams)\b/giu;
// "either parliament", "neither government": one of the two just named, so both take part.
const EITHER_RE = /\b(?:either|neither)\s+(country|nation|state|side|party|government|parliament|leader|candidate|campaign|company|club|team)\b/giu;
const EITHER_HINT = /either/iu;
const PLURAL_OF: Record<string, string> = { country: 'countries', nation: 'nations', state: 'states', side: 'sides', party: 'parties', government: 'governments', parliament: 'parliaments', leader: 'leaders', candidate: 'candidates', campaign: 'campaigns', company: 'companies', club: 'clubs', team: 'teams' };

/**
 * "the two former Soviet republics": the N most recent actors of that kind, only when exactly N fit.
 * True when the sentence has such a plural phrase at all, resolved or not.
 */
export function resolvePlurals(ctx: Ctx, sentence: Sentence, recent: string[][], add: Add): boolean {
  const found: Array<{ index: number; text: string; n: number; noun: string }> = [];
  let plural = false;
  for (const m of sentence.text.matchAll(PLURAL_RE)) {
    plural = true;
    const explicit = m[1] ? NUMBER_WORDS[m[1].toLowerCase()] : /^both\b/i.test(m[0]) ? 2 : undefined;
    const noun = m[2]!.toLowerCase();
    const n = explicit ?? (/^(?:sides|parties)$/.test(noun) ? 2 : undefined);
    if (n) found.push({ index: m.index ?? 0, text: m[0], n, noun });
  }
  // Most sentences lack the word: a plain search is far cheaper than the full pattern.
  if (EITHER_HINT.test(sentence.text)) for (const m of sentence.text.matchAll(EITHER_RE)) found.push({ index: m.index ?? 0, text: m[0], n: 2, noun: PLURAL_OF[m[1]!.toLowerCase()]! });
  for (const m of found) {
    const { n, noun } = m;
    const people = /^(?:leaders|presidents|ministers|foreign ministers|premiers|men|candidates|campaigns)$/.test(noun);
    const bodies = /^(?:companies|clubs|teams)$/.test(noun);
    const fits = (id: string): boolean => {
      const a = ctx.actors.get(id);
      if (!a) return false;
      if (bodies) return a.kind === 'organization' && (ctx.orgTypes.get(id) ?? []).some((x) => x === 'company' || x === 'club' || x === 'airline' || x === 'bank');
      return people ? a.kind === 'person' : /^(?:sides|parties|rivals)$/.test(noun) ? a.kind !== 'person' : a.kind === 'country';
    };
    const start = sentence.start + m.index;
    // "the two republics of Armenia and Azerbaijan" names them itself.
    const tail = sentence.text.slice(m.index + m.text.length, m.index + m.text.length + 60);
    if (/^\s+(?:of|,)\s+\p{Lu}/u.test(tail)) continue;
    const chosen: string[] = [];
    let ok = false;
    // People and bodies are named further back than the countries of a diplomatic story.
    const window = people || bodies ? 6 : 3;
    for (let back = recent.length - 1; back >= 0 && back >= recent.length - window; back--) {
      const add1 = recent[back]!.filter((id) => fits(id) && !chosen.includes(id));
      chosen.push(...add1);
      if (chosen.length === n) { ok = true; break; }
      if (chosen.length > n) break;
    }
    if (!ok) {
      // "Armenia and Azerbaijan clashed … Turkey backed Baku … the two countries' border": the last
      // sentence that named exactly that many fitting actors together.
      for (let back = recent.length - 1; back >= 0 && back >= recent.length - 2 * window; back--) {
        const fitting = recent[back]!.filter(fits);
        if (fitting.length === n) { chosen.splice(0, chosen.length, ...fitting); ok = true; break; }
      }
    }
    if (!ok) continue;
    for (const id of chosen) add(ctx.actors.get(id)!, start, start + m.text.length, 'plural-reference');
  }
  return plural;
}
