// `npm run db:seed -- --scale N`: grows the demo database to N articles in total by recombining the
// corpus (see scale-compose.ts), for benchmarks at archive scale. Resumable: batches commit with a
// checkpoint (table scale_seed_checkpoint), and a rerun with the same N continues where it stopped.
// Refuses a database holding anything but demo content unless --force.
import pg from "pg";
import { convertCorpus, readCorpus } from "./corpus";
import { EDITOR_EMAIL } from "./demo-users";
import { buildPool, recipe, type ScaleRecipe } from "./scale-compose";
import { progressBar } from "./scale-progress";
import { finishScaleSeed, setCountTriggers } from "./scale-finish";
import { wordCounter } from "./scale-words";
import { buildBatch, writeBatch, type Batch } from "./scale-write";
import { writeScaleWriters, writerCount } from "./scale-writers";

const BATCH = 1000;
/** Parallel writers: PostgreSQL's per-row work (search vector, TOAST compression) is the bottleneck. */
const WRITERS = 2;
const log = (message: string) => console.log(`[seed] ${message}`);

type Checkpoint = { target: number; articles: number; started_at: Date; finished: boolean };

async function foreignContent(client: pg.ClientBase) {
  const { rows } = await client.query<{ users: number; articles: number }>(`
    SELECT (SELECT count(*)::int FROM "User" WHERE NOT "isDemo") AS users,
      (SELECT count(*)::int FROM "Article" a JOIN "User" u ON u.id = a."writerId" WHERE NOT u."isDemo") AS articles`);
  return rows[0];
}

async function checkpoint(client: pg.ClientBase, target: number): Promise<Checkpoint> {
  await client.query(`CREATE TABLE IF NOT EXISTS scale_seed_checkpoint (
    target int NOT NULL, articles int NOT NULL, started_at timestamptz NOT NULL,
    finished boolean NOT NULL DEFAULT false)`);
  await client.query(`CREATE TABLE IF NOT EXISTS scale_seed_batch (start int PRIMARY KEY)`);
  const existing = await client.query<Checkpoint>(`SELECT * FROM scale_seed_checkpoint`);
  if (existing.rows[0]) return existing.rows[0];
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article"`);
  const created = await client.query<Checkpoint>(
    `INSERT INTO scale_seed_checkpoint (target, articles, started_at) VALUES ($1, $2, now()) RETURNING *`,
    [target, Math.max(0, target - rows[0].n)],
  );
  return created.rows[0];
}

export async function seedAtScale(options: { target: number; force: boolean; url: string }) {
  const started = Date.now();
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query(`SET synchronous_commit = off`);
    const foreign = await foreignContent(client);
    if ((foreign.users || foreign.articles) && !options.force) {
      console.error(
        `[seed] refusing to scale: the database holds non-demo content (${foreign.users} users, ${foreign.articles} articles). Run with --force to add the scale articles anyway.`,
      );
      process.exitCode = 1;
      return;
    }
    const state = await checkpoint(client, options.target);
    if (state.target !== options.target) {
      console.error(
        `[seed] this database was scaled to ${state.target} articles; --scale ${options.target} needs a fresh database`,
      );
      process.exitCode = 1;
      return;
    }
    if (state.finished) {
      log(`already scaled to ${state.target} articles; nothing to do`);
      return;
    }

    const records = readCorpus();
    if (!records) throw new Error("the corpus was not found (set WARTA_CORPUS)");
    const pool = buildPool(convertCorpus(records).articles);
    const startedAt = state.started_at.getTime();
    const writers = writerCount(state.articles);
    const rec = (i: number): ScaleRecipe => recipe(pool, i, state.articles, writers, startedAt);

    const { rows: people } = await client.query<{ id: string; passwordHash: string }>(
      `SELECT id, "passwordHash" FROM "User" WHERE email = $1`,
      [EDITOR_EMAIL],
    );
    if (!people[0]) throw new Error("the demo editor is missing: run the demo seed first");
    const editorId = people[0].id;
    const ids = async (table: string) =>
      new Map(
        (
          await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "${table}"`)
        ).rows.map((r) => [r.slug, r.id]),
      );
    const ctx = { pool, sectionIds: await ids("Section"), topicIds: await ids("Topic"), editorId };
    await writeScaleWriters(client, writers, people[0].passwordHash, editorId, startedAt);

    // The GIN indexes are built once at the end: faster than maintaining them for every row.
    await client.query(`DROP INDEX IF EXISTS "Article_searchVector_idx"`);
    await client.query(`DROP INDEX IF EXISTS "Article_titleVector_idx"`);
    // The per-list counters (ArticleListCount) are one hot row per list: two writers updating them
    // row by row would take turns. They are recounted in one statement at the end instead.
    await setCountTriggers(client, false);
    const committed = new Set(
      (await client.query<{ start: number }>(`SELECT start FROM scale_seed_batch`)).rows.map(
        (r) => r.start,
      ),
    );
    const starts: number[] = [];
    for (let from = 0; from < state.articles; from += BATCH)
      if (!committed.has(from)) starts.push(from);
    const done =
      state.articles - starts.reduce((n, s) => n + Math.min(BATCH, state.articles - s), 0);
    log(
      `${done ? `resuming with ${done} written` : "starting"}: ${state.articles} articles by ${writers} writers, ${pool.paragraphs.length} corpus paragraphs`,
    );

    const bar = progressBar("articles", state.articles, done);
    let written = done;
    const worker = async () => {
      const own = new pg.Client({ connectionString: options.url });
      await own.connect();
      await own.query(`SET synchronous_commit = off`);
      try {
        for (let from = starts.shift(); from !== undefined; from = starts.shift()) {
          const recipes: ScaleRecipe[] = [];
          for (let i = from; i < Math.min(from + BATCH, state.articles); i++) recipes.push(rec(i));
          const batch: Batch = buildBatch(ctx, recipes, from);
          await writeBatch(own, batch);
          written += recipes.length;
          bar.update(written);
        }
      } finally {
        await own.end();
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, worker));
    bar.done();
    // Counted over every article, not per batch, so a resumed run counts each exactly once.
    const words = await wordCounter(client, pool);
    for (let i = 0; i < state.articles; i++) words.add(rec(i));
    await finishScaleSeed(client, { words, articles: state.articles, startedAt, log });
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await client.end();
  }
}
