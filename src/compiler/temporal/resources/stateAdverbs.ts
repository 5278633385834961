// Adverbs that stand between "is"/"are" and a participle without changing the
// clause's time: "is still closed", "are now suspended", "is temporarily shut"
// (presentState.ts).
export const STATE_ADVERBS: ReadonlySet<string> = new Set([
  'now', 'still', 'also', 'currently', 'temporarily', 'again', 'partially', 'partly', 'fully', 'tentatively', 'provisionally',
  'officially', 'already',
]);
