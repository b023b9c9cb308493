/**
 * A deep copy of `value` with `convert` applied to every string in it: in plain objects,
 * arrays and Maps (keys and values). URLs (strings starting with `http://` or `https://`) are
 * kept as they are, so links still point at the pages they name. Other objects (Dates,
 * class instances) are returned unchanged. Pure; `value` is not modified.
 */
export function convertStrings<T>(value: T, convert: (text: string) => string): T {
  return walk(value, convert) as T;
}

const URL_START = /^https?:\/\//;

function walk(value: unknown, convert: (text: string) => string): unknown {
  if (typeof value === 'string') return URL_START.test(value) ? value : convert(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, convert));
  if (value instanceof Map) {
    return new Map([...value].map(([k, v]) => [walk(k, convert), walk(v, convert)]));
  }
  if (value && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, walk(v, convert)] as const),
    );
  }
  return value;
}
