// Words the same-form rule reads (sameFormPast.ts); its verbs are the lexicon's SAME_FORM_PAST_VERBS.

/** Subjects that take a plural verb though they end in no -s ("police shut the road" may be told in the present). */
export const PLURAL_SUBJECTS_WITHOUT_S: ReadonlySet<string> = new Set([
  'police', 'people', 'staff', 'crew', 'team', 'government', 'public', 'cattle', 'clergy', 'military', 'personnel', 'i', 'you', 'we', 'they',
]);
