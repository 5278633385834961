// "It is unclear whether …", "It was the second time that Ana Brel …": an "it" that stands for what follows it, not
// for anything named before. Pure string work.

// ("It is likely that …", "It was not yet known whether …": an adjective of knowing or likelihood and a clause.)
const OF_A_CLAUSE = /^\W*it\s+(?:is|was|has\s+been|had\s+been|remains|remained|seems|seemed)\s+(?:not\s+)?(?:yet\s+|immediately\s+|still\s+|also\s+)?(?:known|unknown|clear|unclear|possible|impossible|likely|unlikely|certain|uncertain|expected|believed|thought|feared|hoped|understood|important|necessary|true)\s+(?:that|if|whether|how|why|when|where|who|what)\b/i;
// ("It was the second time that …", "It is the third time since May the line …": a count of times.)
const OF_A_TIME = /^\W*it(?:\s+(?:is|was|will\s+be|would\s+be)|['’]s)\s+(?:not\s+)?(?:only\s+)?(?:the|a)\s+(?:first|second|third|fourth|fifth|last|latest|only|rare|\d+(?:st|nd|rd|th))\s+(?:time|occasion)\b/i;

/** Whether the text, which opens on "it", is an "it" that stands for the clause after it. */
export function isExpletiveIt(text: string): boolean {
  return OF_A_CLAUSE.test(text) || OF_A_TIME.test(text);
}
