// SearchWord for a scale seed without re-reading a million articles: an article's vocabulary is the
// union of its pieces' (paragraphs, subtitle, title words; all joined by whitespace, which the
// vocabulary rule splits on), so PostgreSQL tokenizes each distinct piece once with the exact rule
// of lib/search/article-words.ts, and the generator counts documents per word as it goes.
import type pg from "pg";
import type { ScalePool, ScaleRecipe } from "./scale-compose";

export type WordCounter = {
  add(rec: ScaleRecipe): void;
  rows(): { words: string[]; docs: number[] };
};

/** The same tokens as articleWords(): lower(), split on non-alnum, 3–30 chars, at least one letter. */
async function tokenize(client: pg.ClientBase, texts: string[]) {
  const { rows } = await client.query<{ i: string; words: string[] }>(
    `SELECT t.i, array_agg(DISTINCT w.word) AS words
     FROM unnest($1::text[]) WITH ORDINALITY AS t(txt, i)
     CROSS JOIN LATERAL regexp_split_to_table(lower(t.txt), '[^[:alnum:]]+') AS w(word)
     WHERE length(w.word) BETWEEN 3 AND 30 AND w.word ~ '[[:alpha:]]'
     GROUP BY t.i`,
    [texts],
  );
  const out: string[][] = texts.map(() => []);
  for (const row of rows) out[Number(row.i) - 1] = row.words;
  return out;
}

export async function wordCounter(client: pg.ClientBase, pool: ScalePool): Promise<WordCounter> {
  const dictionary = new Map<string, number>();
  const idsOf = (words: string[]) =>
    Int32Array.from(words, (word) => {
      let id = dictionary.get(word);
      if (id === undefined) dictionary.set(word, (id = dictionary.size));
      return id;
    });

  const paragraphWords = (
    await tokenize(
      client,
      pool.paragraphs.map((p) => p.text),
    )
  ).map(idsOf);
  const subtitleWords = (
    await tokenize(
      client,
      pool.articles.map((a) => a.subtitle),
    )
  ).map(idsOf);
  const titleWordList = [...new Set(pool.articles.flatMap((a) => a.titleWords))];
  const titleTokens = await tokenize(client, titleWordList);
  const titleWordIds = new Map(titleWordList.map((word, i) => [word, idsOf(titleTokens[i])]));

  let docs = new Uint32Array(dictionary.size);
  let stamp = new Int32Array(dictionary.size).fill(-1);
  const count = (ids: Int32Array, index: number) => {
    for (const id of ids) {
      if (stamp[id] === index) continue;
      stamp[id] = index;
      docs[id]++;
    }
  };

  return {
    add(rec) {
      if (rec.status !== "PUBLISHED") return;
      if (docs.length < dictionary.size) {
        docs = Uint32Array.from({ length: dictionary.size }, (_, i) => docs[i] ?? 0);
        stamp = Int32Array.from({ length: dictionary.size }, (_, i) => stamp[i] ?? -1);
      }
      const { lead, leadWords, other, otherFrom } = rec.titleParts;
      const titleWords = [
        ...pool.articles[lead].titleWords.slice(0, leadWords),
        ...pool.articles[other].titleWords.slice(otherFrom),
      ];
      for (const word of titleWords) count(titleWordIds.get(word) ?? new Int32Array(), rec.index);
      count(subtitleWords[lead], rec.index);
      for (const id of rec.paragraphIds) count(paragraphWords[id], rec.index);
    },
    rows() {
      const words: string[] = [];
      const counts: number[] = [];
      for (const [word, id] of dictionary) {
        if (!docs[id]) continue;
        words.push(word);
        counts.push(docs[id]);
      }
      return { words, docs: counts };
    },
  };
}
