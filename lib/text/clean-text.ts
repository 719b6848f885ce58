// What PostgreSQL cannot store, cleaned in one way for every input: U+0000 is refused by both text
// and jsonb columns (a 500 before this existed), and a lone UTF-16 surrogate is refused by jsonb and
// silently turned into U+FFFD by text columns. So: U+0000 is removed, and a lone surrogate becomes
// U+FFFD everywhere, before validation and before the database (lib/db.ts applies it to every
// query's arguments). Nothing else in the text is touched.

const NEEDS_CLEANING = /[\u0000\ud800-\udfff]/;
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(value: string): string {
  if (!NEEDS_CLEANING.test(value)) return value;
  return value.replace(NUL, "").replace(LONE_SURROGATE, "\ufffd");
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * `value` with every string in it (object keys too) cleaned. Only plain objects and arrays are
 * walked; anything else (Date, Buffer, Prisma's Decimal and null markers) is passed through as it is.
 * Values that need no cleaning are returned unchanged (same identity), so the common case is cheap.
 */
export function cleanDeep<T>(value: T): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((item) => {
      const cleaned = cleanDeep(item);
      if (cleaned !== item) changed = true;
      return cleaned;
    });
    return (changed ? next : value) as T;
  }
  if (!isPlainObject(value)) return value;
  let changed = false;
  const next: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const cleanKey = cleanText(key);
    const cleaned = cleanDeep(item);
    if (cleanKey !== key || cleaned !== item) changed = true;
    next[cleanKey] = cleaned;
  }
  return (changed ? next : value) as T;
}
