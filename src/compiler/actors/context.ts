// What the actor finder knows about one article while it reads it: the
// actors found so far, the article's own additions to the lexicon, and the
// last body of each kind named (for "the ministry", "the airline"). Every
// rule module reads and extends this one context.
import type { Actor } from '../../model/schema';
import { isSpaceCode } from '../text/segment';
import { isAllCaps, isCap, tokenKey, type Token } from '../text/tokens';
import { gazetteer, insertForm, type LexEntry, type TrieNode } from './gazetteer';
import type { OrgType } from './discover';

/**
 * The gap between two words of one name: a space, a hyphen, an ampersand ("Holt & Barrow"), the ampersand a
 * converted text writes as the word "amp" ("Holt amp Barrow", read by the actor finder without that word) or as
 * the HTML entity, or a slash joining two names into one ("Guber/Peters Entertainment").
 */
export const NAME_GAP = /^(?: |-| & | amp | &amp; |\/)$/;

/**
 * A name without its last `count` words, a company's form: "Sears Holdings Corp." → "Sears Holdings". An ampersand
 * left at the end ("Varlow Jones & Co.", or the "amp" a converted text spells it as) goes with the form.
 */
export function nameWithoutLast(name: string, count = 1): string {
  const kept = name.split(/\s+/).slice(0, -count);
  while (kept.length > 1 && /^(?:&|amp)$/.test(kept[kept.length - 1]!)) kept.pop();
  return kept.join(' ').replace(/,$/, '');
}

/**
 * "the Brandt family": the length of the " family" after a name at text[start, end) that "the" opens, or 0. The
 * family is a group of its own that acts, not the person of that name.
 */
export function familyAfter(text: string, start: number, end: number): number {
  const family = /^\s+family\b/.exec(text.slice(end, end + 10));
  return family && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) ? family[0].length : 0;
}

/**
 * The tokens of a sentence for the actor finder: an "amp" between two capitalised words is an ampersand a
 * converted text spelt out ("Varlow Jones amp Co."), or the word of an HTML entity left in the text ("Holt &amp;
 * Barrow"), no word of its own, so the name reads across it. An "amp" between lower-case words ("an amp and a
 * guitar") stays. Capitals joined by an ampersand with no space ("AT&T", "S&P") are one word, as they are one name.
 */
export function withoutSpeltAmpersands(text: string, toks: Token[]): Token[] {
  if (!toks.some((t) => t.text === 'amp') && !text.slice(toks[0]?.start ?? 0, toks[toks.length - 1]?.end ?? 0).includes('&')) return toks;
  const kept = toks.filter((t, i) => {
    if (t.text !== 'amp' || i === 0 || i + 1 >= toks.length) return true;
    const prev = toks[i - 1]!;
    const next = toks[i + 1]!;
    const before = text.slice(prev.end, t.start);
    const after = text.slice(t.end, next.start);
    // "&amp;" between capitals, with or without spaces around it ("AT&amp;T") is joined below.
    if (/^ ?&$/.test(before) && /^; ?$/.test(after)) return !(isCap(prev.text) && isCap(next.text));
    return !(isCap(prev.text) && isCap(next.text) && before === ' ' && after === ' ');
  });
  const out: Token[] = [];
  for (const t of kept) {
    const prev = out[out.length - 1];
    if (prev && /^(?:&|&amp;)$/.test(text.slice(prev.end, t.start)) && SHORT_CAPITALS.test(prev.text.split('&').pop()!) && SHORT_CAPITALS.test(t.text)) {
      const joined = text.slice(prev.start, t.end);
      out[out.length - 1] = { text: joined, key: tokenKey(joined.replace(/&amp;/g, '&')), start: prev.start, end: t.end };
    } else out.push(t);
  }
  return out;
}
// A word of one to four capitals, as the parts of "AT&T" or "S&P" are written.
const SHORT_CAPITALS = /^\p{Lu}{1,4}$/u;

/**
 * A name as a reader writes it: the ampersand a converted text spelt "amp" between two capitalised words, or
 * left as the HTML entity "&amp;", written back as "&" ("Holt amp Barrow", "AT&amp;T").
 */
export function withWrittenAmpersands(name: string): string {
  return name.replace(/&amp;/g, '&').replace(/(?<=\p{Lu}[\p{L}.'’-]*) amp (?=\p{Lu})/gu, ' & ');
}

export interface ActorMention { actorId: string; start: number; end: number; text: string; rule: string }

export interface Draft extends Actor { seen: Set<string> }

export interface Ctx {
  text: string;
  actors: Map<string, Draft>;
  /** Surname key -> person ids (binding "Lavrov" to "Sergey Lavrov"). */
  surnames: Map<string, Set<string>>;
  lastByHead: Map<string, string>;
  ignore: Set<string>;
  extra: TrieNode;
  /** Actors this article introduces itself: countries the gazetteer lacks, named bodies. */
  local: Map<string, Actor>;
  localDemonym: Map<string, string>;
  orgTypes: Map<string, readonly OrgType[]>;
  /** The last body of each type named so far, for "the airline", "the rebels". */
  lastOrg: Map<OrgType, string>;
  /** The first body of each type the last sentence naming one named: mostly its subject, for "the brewing giant". */
  openingOrg: Map<OrgType, string>;
  orgCount: Map<string, number>;
  /** The last body named whose name ends in a given word: "the Commission" after "the European Commission". */
  lastByLastWord: Map<string, string>;
  /** The bloc and the alliance named last, for "the bloc" and "the alliance". */
  lastBloc: Map<'bloc' | 'alliance', string>;
  /** The country the article is mostly about, and the countries each sentence names. */
  home: string | null;
  sentenceCountries: string[][];
  /** Per sentence, the countries another person's title or possessive takes ("Varnia's Ana Roth", "Varnian Prime Minister X"). */
  sentenceClaimed: string[][];
  /** Per sentence, the countries it names only after a preposition of an object ("a strike against Varnia"). */
  sentenceObjects: string[][];
  /** The country a leading dateline places the report in ("LUMA, Varnia (AP) —"), or null. */
  dateline: string | null;
  /** "person country" pairs of a title's country guessed from the dateline or the article's main country. */
  guessedMembers: Set<string>;
  si: number;
  /** lookup()'s answers per sentence's tokens and index, dropped whenever the article's own lexicon grows. */
  lookups: Map<Token[], Array<Match | null>>;
}

/** Enters a form into the article's own lexicon. */
export function extend(ctx: Ctx, form: string, entry: LexEntry): void {
  // (Read as the finder reads the text: a spelt ampersand is no word of the form.)
  insertForm(ctx.extra, / amp /.test(form) ? form.replace(/(\p{Lu}[\p{L}'’.-]*) amp (?=\p{Lu})/gu, '$1 & ') : form, entry);
  ctx.lookups.clear();
}

export function ensure(ctx: Ctx, base: Actor, surface?: string): Draft {
  let a = ctx.actors.get(base.id);
  if (!a) {
    a = { id: base.id, name: base.name, kind: base.kind, aliases: [...base.aliases], memberOf: [...base.memberOf], seen: new Set() };
    ctx.actors.set(base.id, a);
  }
  for (const m of base.memberOf) if (!a.memberOf.includes(m)) a.memberOf.push(m);
  if (surface && surface !== a.name && !/^[a-z]/.test(surface)) a.seen.add(surface);
  return a;
}

export function gazActor(id: string): Actor | undefined {
  return gazetteer().actors.get(id);
}

/** An actor known before the main pass: the gazetteer's or one the article introduced. */
export function actorOf(ctx: Ctx, id: string): Actor | undefined {
  return gazActor(id) ?? ctx.local.get(id);
}

/** The longest lexicon entry at token i: the article's own names first, then the gazetteer. */
export function lookup(ctx: Ctx, toks: Token[], i: number): Match | null {
  // Every pass asks again about the same tokens: the walk is done once per token until the lexicon changes.
  let memo = ctx.lookups.get(toks);
  if (!memo) {
    memo = new Array<Match | null>(toks.length);
    ctx.lookups.set(toks, memo);
  }
  let found = memo[i];
  if (found === undefined) {
    found = walkTrie(ctx.extra, toks, i, ctx.text) ?? walkTrie(gazetteer().trie, toks, i, ctx.text);
    memo[i] = found;
  }
  return found;
}

const demonymOf = (countryId: string): string => {
  const a = gazActor(countryId);
  return a?.name ?? countryId;
};

/** The demonym form used to name a country's institutions ("Russian Foreign Ministry"). */
const DEMONYM_BY_ID = new Map<string, string>();
export function demonymName(countryId: string, ctx?: Ctx): string {
  const local = ctx?.localDemonym.get(countryId);
  if (local) return local;
  const own = ctx?.local.get(countryId);
  if (own) return own.name;
  const cached = DEMONYM_BY_ID.get(countryId);
  if (cached) return cached;
  let found: string | null = null;
  const walk = (node: TrieNode, path: string[]): void => {
    if (found) return;
    for (const e of node.entries) if (e.actorId === countryId && e.type === 'demonym') { found = path.join(' '); return; }
    if (path.length >= 2) return;
    for (const [k, child] of node.next) walk(child, [...path, k]);
  };
  walk(gazetteer().trie, []);
  const name = found ? (found as string).replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : demonymOf(countryId);
  DEMONYM_BY_ID.set(countryId, name);
  return name;
}

export interface Match { start: number; endTok: number; entry: LexEntry }

// A number that opens a body's name ("7th" of "7th District Court of Claims").
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** Whether text[from, to) may sit between two words of one lexicon form: one or two spaces, a hyphen or dash, " - ", an apostrophe, the dot of an initial. */
export function joinsName(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  switch (to - from) {
    case 1: return isSpaceCode(c) || c === 45 /* - */ || c === 0x2013 /* – */ || c === 0x2019 /* ’ */ || c === 39 /* ' */ || c === 47 /* / of "Guber/Peters" */;
    // "Alfred A. Knopf": the dot after a capital initial.
    case 2: return isSpaceCode(text.charCodeAt(from + 1)) && (isSpaceCode(c) || (c === 46 && isInitialBefore(text, from)));
    // " - ", and an ampersand between words ("Holt & Barrow").
    case 3: return c === 32 && (text.charCodeAt(from + 1) === 45 || text.charCodeAt(from + 1) === 38) && text.charCodeAt(from + 2) === 32;
    // The ampersand a converted text spells as "amp" ("Holt amp Barrow"; see withoutSpeltAmpersands).
    case 5: return text.slice(from, to) === ' amp ';
    // The HTML entity left in a text for it ("Holt &amp; Barrow").
    case 7: return text.slice(from, to) === ' &amp; ';
    default: return false;
  }
}

/** Whether text just before `at` is a lone capital letter ("A" of "Alfred A. Knopf"). */
function isInitialBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return c >= 65 && c <= 90 && !/[\p{L}\p{M}]/u.test(text.charAt(at - 2));
}

export function walkTrie(root: TrieNode, toks: Token[], i: number, text: string): Match | null {
  let node: TrieNode | undefined = root;
  let best: Match | null = null;
  for (let j = i; j < toks.length && node; j++) {
    if (j > i && !joinsName(text, toks[j - 1]!.end, toks[j]!.start)) break;
    node = node.next.get(toks[j]!.key);
    if (!node) break;
    for (const e of node.entries) {
      const ok = e.caseMode === 'caps' ? isAllCaps(text.slice(toks[i]!.start, toks[j]!.end).replace(/[\s.-]/g, ''))
        : e.caseMode === 'exact' ? text.slice(Math.max(0, toks[i]!.start - 1), toks[j]!.end + 1).includes(e.form ?? '')
          : isCap(toks[i]!.text) || ORDINAL.test(toks[i]!.text);
      if (ok) best = { start: i, endTok: j, entry: e };
    }
  }
  return best;
}

export type Add = (actor: Actor, start: number, end: number, rule: string) => void;
