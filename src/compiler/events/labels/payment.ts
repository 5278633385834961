// A dividend's payment date: the payment, named by what was declared; the record date is dropped.
import { capitalise } from '../headline';
import { clauseOf } from './clauseOf';
import type { LabelInput } from './labelInput';
import { tidy, withoutTrailingJunk } from './labelText';

// "…, payable Jan. 3 to holders of record Dec. 9": a payment's date, then who is paid (holders on another day).
const PAYABLE_BEFORE = /\bpayable\s+(?:on\s+)?$/i;
const RECORD_TAIL = /,?\s+to\s+(?:stock|holders|shareholders|stockholders)\s+of\s+record(?:\s+(?:on\s+|as\s+of\s+)?[^,;]*)?$/i;
// "declared its first quarterly dividend of 4 cents a unit": what was declared, and whose it is.
const DECLARED = /^(.*?)\s+(?:declared|authorized|approved|announced|set|voted)\s+(?:(its|their)|an?|the)\s+([^,;]+)$/i;

/**
 * "BREL Corp. declared its first quarterly dividend of 4 cents a unit, payable Jan. 3 to holders of record Dec. 9":
 * the payment is the happening the date dates, named by what was declared ("BREL Corp.'s first quarterly dividend of
 * 4 cents a unit payable"); the record date is dropped. Null when the date follows no "payable".
 */
export function payment(input: LabelInput): string | null {
  const { sentence, exprStart } = input;
  if (!PAYABLE_BEFORE.test(sentence.slice(Math.max(0, exprStart - 20), exprStart))) return null;
  const comma = sentence.lastIndexOf(',', exprStart);
  const declared = comma > 0 && /^,\s*payable\s/i.test(sentence.slice(comma, exprStart + 1)) ? DECLARED.exec(sentence.slice(0, comma)) : null;
  if (!declared) return tidy(clauseOf(input).replace(RECORD_TAIL, ''));
  // ("BREL Corp., Tesk, Vt., declared …": the place between commas is no part of the owner's name.)
  // ("ORLO Ltd. declared a 5% stock dividend": a name that declared "a" dividend owns it too; "the board" names no one.)
  const declarer = withoutTrailingJunk(declared[1]!.split(',')[0]!.replace(/\s+directors$/i, ''));
  const owner = declared[2] || (/^\p{Lu}/u.test(declarer) && !/^(?:the|a|an)\s/i.test(declarer)) ? `${declarer}’s ` : '';
  return capitalise(tidy(`${owner}${declared[3]} payable`));
}
