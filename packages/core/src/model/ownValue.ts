/**
 * A table's value for a key read from a file or a plan, among the table's own keys only: a key
 * such as "constructor" or "__proto__" names something every object has, not an entry.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
