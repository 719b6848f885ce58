/**
 * Where to go after signing in: only a path on this site. "//evil.example" and "/\evil" would leave
 * it (browsers read both as another host), so they fall back to the studio.
 */
export function safeNextPath(value: unknown, fallback = "/tulis"): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  )
    return fallback;
  // Control characters (tab, newline) are dropped by URL parsers and can turn "/\t/evil" into "//evil".
  if ([...value].some((char) => char.charCodeAt(0) < 32)) return fallback;
  return value.slice(0, 500);
}
