// A copy of a record with some fields set: what `{ ...base, key: value }`
// says, written so because V8 (Node 20) makes that literal slowly. The object
// a leading spread creates takes each later key on a slow path, about a
// microsecond a key (twenty times Object.assign), and the compiler makes such
// copies for every date, TIMEX3 and actor mention it finds.

/** `{ ...base, ...fields }`: base's keys in its order, then the fields' (a key of both keeps base's place, with the field's value). */
export function withFields<T extends object, U extends object>(base: T, fields: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, fields);
}
