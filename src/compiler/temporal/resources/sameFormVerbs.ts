// Verbs whose present and past are spelt alike ("cut", "hit", "put"): alone
// they tell no tense. After a singular subject the present would take -s ("the
// bank cuts rates"), so "the bank cut rates" is the past.
import { UNCHANGED_PAST } from '../../text/lexicon';

export const SAME_FORM_VERBS: ReadonlySet<string> = new Set([
  ...UNCHANGED_PAST, 'put', 'let', 'quit', 'spread', 'hurt', 'split', 'cast', 'cost', 'upset', 'burst', 'thrust',
]);

/** Subjects that take a plural verb though they end in no -s ("police shut the road" may be told in the present). */
export const PLURAL_SUBJECTS_WITHOUT_S: ReadonlySet<string> = new Set([
  'police', 'people', 'staff', 'crew', 'team', 'government', 'public', 'cattle', 'clergy', 'military', 'personnel', 'i', 'you', 'we', 'they',
]);
