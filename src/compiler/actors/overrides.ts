// User corrections to actors (seeds/actors.json): aliases, merges, kinds,
// memberships and names to ignore. Parsed field by field, so one bad entry is
// reported and dropped while the rest apply.
import type { Actor } from '../../model/schema';

export interface ActorOverrides {
  aliases?: Record<string, string[]>;
  merge?: Record<string, string>;
  kinds?: Record<string, Actor['kind']>;
  memberOf?: Record<string, string[]>;
  ignore?: string[];
}

/** The id an actor ends up under after the user's merges (followed through chains, never looping). */
export function resolveMerge(id: string, merge: Record<string, string>): string {
  let cur = id;
  for (let hops = 0; hops < 20 && merge[cur] && merge[cur] !== cur; hops++) cur = merge[cur]!;
  return cur;
}

const KINDS = new Set<Actor['kind']>(['country', 'person', 'organization', 'group']);

/** Validates a user's actors.json field by field; bad entries are dropped with a problem, never thrown. */
export function parseActorOverrides(json: unknown): { overrides: ActorOverrides; problems: string[] } {
  const problems: string[] = [];
  const overrides: ActorOverrides = {};
  if (json === null || json === undefined) return { overrides, problems };
  if (typeof json !== 'object' || Array.isArray(json)) return { overrides, problems: ['actors overrides: expected an object'] };
  const src = json as Record<string, unknown>;
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  for (const key of Object.keys(src)) if (!['aliases', 'merge', 'kinds', 'memberOf', 'ignore'].includes(key)) problems.push(`actors overrides: unknown field "${key}" ignored`);
  if (src.aliases !== undefined) {
    if (!isRecord(src.aliases)) problems.push('aliases: expected an object of name lists');
    else {
      overrides.aliases = {};
      for (const [k, v] of Object.entries(src.aliases)) {
        if (strings(v)) overrides.aliases[k] = v.filter((s) => s.trim() !== '');
        else if (typeof v === 'string') overrides.aliases[k] = [v];
        else problems.push(`aliases.${k}: expected a list of strings`);
      }
    }
  }
  if (src.merge !== undefined) {
    if (!isRecord(src.merge)) problems.push('merge: expected an object of id -> id');
    else {
      overrides.merge = {};
      for (const [k, v] of Object.entries(src.merge)) {
        if (typeof v === 'string' && v !== '') overrides.merge[k] = v;
        else problems.push(`merge.${k}: expected an actor id`);
      }
    }
  }
  if (src.kinds !== undefined) {
    if (!isRecord(src.kinds)) problems.push('kinds: expected an object of id -> kind');
    else {
      overrides.kinds = {};
      for (const [k, v] of Object.entries(src.kinds)) {
        if (typeof v === 'string' && KINDS.has(v as Actor['kind'])) overrides.kinds[k] = v as Actor['kind'];
        else problems.push(`kinds.${k}: expected one of country, person, organization, group`);
      }
    }
  }
  if (src.memberOf !== undefined) {
    if (!isRecord(src.memberOf)) problems.push('memberOf: expected an object of id -> id list');
    else {
      overrides.memberOf = {};
      for (const [k, v] of Object.entries(src.memberOf)) {
        if (strings(v)) overrides.memberOf[k] = v;
        else if (typeof v === 'string') overrides.memberOf[k] = [v];
        else problems.push(`memberOf.${k}: expected a list of ids`);
      }
    }
  }
  if (src.ignore !== undefined) {
    if (strings(src.ignore)) overrides.ignore = src.ignore;
    else problems.push('ignore: expected a list of ids or names');
  }
  return { overrides, problems };
}

