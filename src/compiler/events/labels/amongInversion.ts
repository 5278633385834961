// "Among the first cities to adopt the rule were Tarvik and Lunden": a sentence that opens on "Among" puts its
// subject after the verb. The headline puts it first ("Tarvik and Lunden were among the first cities …"), so the
// label opens on who, not on a preposition. Pure string work.

// The group after "Among", its verb, then the subject to the end of the clause (no comma inside it).
const AMONG = /^[Aa]mong\s+(.+?)\s+(was|were|is|are)\s+(?:also\s+)?((?:[Tt]he\s+)?\p{Lu}[^,;:]*?)\s*[.]?$/u;

/** The clause with its subject first, or the clause as it was when it does not open on "Among … were <Name>". */
export function amongFirst(clause: string): string {
  const m = AMONG.exec(clause.trim());
  if (!m) return clause;
  const [, group, verb, subject] = m;
  return `${subject!.replace(/^the\s/, 'The ')} ${verb!.toLowerCase()} among ${group}`;
}
