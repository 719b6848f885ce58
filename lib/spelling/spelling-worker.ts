/// <reference lib="webworker" />
import nspell from "nspell";
import { hintFor, type SpellingHint } from "@/lib/spelling/hint-for";

// Runs in a Web Worker: building the Hunspell checker takes seconds and tens of megabytes, which
// must not block the editor's thread, and the dictionary (public/spelling) is fetched only when a
// writer opens the studio editor.

export type SpellingRequest = { id: number; words: string[] };
export type { SpellingHint };
export type SpellingResponse = { id: number; hints: SpellingHint[] } | { id: -1; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const fetchText = (path: string) =>
  fetch(path).then((r) => {
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    return r.text();
  });

const checker = Promise.all([
  fetchText("/spelling/id_ID.aff"),
  fetchText("/spelling/id_ID.dic"),
]).then(([aff, dic]) => nspell(aff, dic));
checker.catch((error: unknown) =>
  scope.postMessage({ id: -1, error: String(error) } satisfies SpellingResponse),
);

const known = new Map<string, SpellingHint | null>();

function cachedHint(spell: Awaited<typeof checker>, word: string): SpellingHint | null {
  let hint = known.get(word);
  if (hint === undefined) known.set(word, (hint = hintFor(spell, word)));
  return hint;
}

scope.onmessage = async (event: MessageEvent<SpellingRequest>) => {
  const spell = await checker;
  const hints: SpellingHint[] = [];
  for (const word of event.data.words) {
    const hint = cachedHint(spell, word);
    if (hint) hints.push(hint);
  }
  scope.postMessage({ id: event.data.id, hints } satisfies SpellingResponse);
};
