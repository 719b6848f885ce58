import type { DiffPart } from "@/lib/articles/text-diff";

// A correction usually changes a few words of a long article: /ralat shows the changes with a few
// words of context around each, and "…" for the unchanged text in between.

const CONTEXT_WORDS = 12;

function lastWords(text: string, n: number) {
  const tokens = text.match(/\s+|\S+/g) ?? [];
  let words = 0;
  let i = tokens.length;
  while (i > 0 && words < n) if (/\S/.test(tokens[--i])) words++;
  return { text: tokens.slice(i).join(""), cut: i > 0 };
}

function firstWords(text: string, n: number) {
  const tokens = text.match(/\s+|\S+/g) ?? [];
  let words = 0;
  let i = 0;
  while (i < tokens.length && words < n) if (/\S/.test(tokens[i++])) words++;
  return { text: tokens.slice(0, i).join(""), cut: i < tokens.length };
}

/** The changed parts with up to `context` words of unchanged text on each side; null when nothing changed. */
export function trimDiffContext(parts: DiffPart[], context = CONTEXT_WORDS): DiffPart[] | null {
  if (!parts.some((p) => p.type !== "equal")) return null;
  const out: DiffPart[] = [];
  parts.forEach((part, i) => {
    if (part.type !== "equal") return void out.push(part);
    const first = i === 0;
    const last = i === parts.length - 1;
    if (first) {
      const tail = lastWords(part.text, context);
      return void out.push({ type: "equal", text: (tail.cut ? "… " : "") + tail.text.trimStart() });
    }
    if (last) {
      const head = firstWords(part.text, context);
      return void out.push({ type: "equal", text: head.text.trimEnd() + (head.cut ? " …" : "") });
    }
    const head = firstWords(part.text, context);
    const tail = lastWords(part.text, context);
    if (head.text.length + tail.text.length >= part.text.length) return void out.push(part);
    out.push({ type: "equal", text: `${head.text.trimEnd()} … ${tail.text.trimStart()}` });
  });
  return out;
}
