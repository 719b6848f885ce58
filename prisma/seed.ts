// Demo content for Warta: accounts, sections, topics, the IndoSum corpus, hand-written articles
// that show every part of the article page, and a week of synthetic views.
//   node --import tsx prisma/seed.ts [--if-empty] [--force]
//     --if-empty  do nothing when the User table already has rows (for start-up scripts)
//     --force     delete the existing content first (the audit log is never touched)
//     --scale N   then grow the archive to N articles (prisma/seed/scale.ts); here --force only
//                 allows a database with non-demo content, it deletes nothing
import fs from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import { ARGON2_OPTIONS } from "../lib/auth/password-options";
import { articleWords } from "../lib/search/article-words";
import { anatomyArticles } from "./seed/anatomy-articles";
import { assertTaxonomy, convertCorpus, corpusPath, readCorpus } from "./seed/corpus";
import { DEMO_PASSWORD, DEMO_USERS, EDITOR_EMAIL } from "./seed/demo-users";
import { stableInt } from "./seed/ids";
import { contentCounts, deleteContent, hasContent } from "./seed/reset";
import { seedAtScale } from "./seed/scale";
import { SECTIONS } from "./seed/sections-and-topics";
import { assignSlugs } from "./seed/slugs";
import type { SeedArticle } from "./seed/types";
import { buildViews, viewCount } from "./seed/views";
import { chunks, writeArticles, writeSections, writeTopics } from "./seed/write-articles";
import { writeDemoUsers } from "./seed/write-users";

/** Route words under a section that an article slug must not take (/news/halaman/2 is a listing page). */
const RESERVED_SLUGS = ["halaman"];
const POPULAR_CORPUS_ARTICLES = 55;
/** Where the hand-written articles sit in the "Terpopuler" ranking (0 = most read). */
const ANATOMY_POPULAR_RANKS = [1, 4, 9, 17, 33];
const VIEW_BATCH = 5_000;

const log = (message: string) => console.log(`[seed] ${message}`);

function parseArgs(argv: string[]) {
  const known = new Set(["--if-empty", "--force"]);
  const at = argv.indexOf("--scale");
  const scale = at >= 0 ? Number(argv[at + 1]) : null;
  if (scale !== null && !(Number.isInteger(scale) && scale > 0))
    throw new Error("--scale needs a whole number of articles, e.g. --scale 1000000");
  const rest = at >= 0 ? argv.filter((_, i) => i !== at && i !== at + 1) : argv;
  const unknown = rest.filter((arg) => !known.has(arg));
  if (unknown.length)
    throw new Error(`unknown option ${unknown.join(" ")} (use --if-empty, --force or --scale N)`);
  return { ifEmpty: rest.includes("--if-empty"), force: rest.includes("--force"), scale };
}

function loadCorpus(): SeedArticle[] {
  const file = corpusPath();
  const records = readCorpus(file);
  if (!records) {
    console.warn(
      `[seed] WARNING: corpus not found at ${file} (set WARTA_CORPUS); seeding only the hand-written articles`,
    );
    return [];
  }
  const { articles, invalid, droppedParagraphs } = convertCorpus(records);
  log(
    `corpus: ${records.length} records, ${articles.length} converted, ${invalid} skipped as invalid, ${droppedParagraphs} publisher boilerplate paragraphs removed`,
  );
  return articles;
}

function warnMissingImages(articles: SeedArticle[]) {
  const files = [
    ...DEMO_USERS.map((u) => `/demo/avatars/${u.username}.svg`),
    ...articles.flatMap((a) => [
      ...(a.hero ? [a.hero.url] : []),
      ...a.body.content.flatMap((n) => (n.type === "image" ? [n.attrs.src] : [])),
    ]),
  ];
  const missing = files.filter((url) => !fs.existsSync(path.join(process.cwd(), "public", url)));
  if (missing.length)
    console.warn(
      `[seed] WARNING: ${missing.length} demo images missing (run node --import tsx prisma/seed/generate-demo-images.ts): ${missing.slice(0, 3).join(", ")}`,
    );
}

/** A stable pick of corpus articles for the popular list, with the hand-written ones mixed in. */
function popularOrder(corpus: SeedArticle[], anatomy: SeedArticle[]) {
  const picked = [...corpus]
    .sort((a, b) => stableInt(`popular:${a.id}`, 1e9) - stableInt(`popular:${b.id}`, 1e9))
    .slice(0, POPULAR_CORPUS_ARTICLES);
  anatomy.forEach((article, i) =>
    picked.splice(Math.min(ANATOMY_POPULAR_RANKS[i] ?? picked.length, picked.length), 0, article),
  );
  return picked;
}

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is required");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });

  try {
    const counts = await contentCounts(prisma);
    if (options.scale !== null && hasContent(counts)) {
      // Demo content is there already (or a scale run is resuming): only grow the archive.
      await seedAtScale({ target: options.scale, force: options.force, url: connectionString });
      return;
    }
    if (options.ifEmpty && counts.users > 0) {
      log(`database already has ${counts.users} users; nothing to do (--if-empty)`);
      return;
    }
    if (hasContent(counts) && !options.force) {
      console.error(
        `[seed] refusing to seed: the database already has content (${counts.users} users, ${counts.articles} articles, ${counts.sections} sections, ${counts.topics} topics). ` +
          "Run with --force to delete the articles, sections, topics and demo accounts first.",
      );
      process.exitCode = 1;
      return;
    }

    assertTaxonomy();
    const now = new Date();
    const corpus = loadCorpus();
    const anatomy = anatomyArticles(now, corpus);
    const sectionSlugs = SECTIONS.map((s) => s.slug);
    // Hand-written first, then the corpus oldest first: earlier articles keep the bare slug.
    const byDate = [...corpus].sort(
      (a, b) => +a.publishedAt - +b.publishedAt || (a.id < b.id ? -1 : 1),
    );
    const articles = [...anatomy, ...byDate];
    assignSlugs(articles, [...sectionSlugs, ...RESERVED_SLUGS]);
    warnMissingImages(articles);

    const views = buildViews(popularOrder(corpus, anatomy), now);
    const rowsPerArticle = new Map<string, number>();
    for (const view of views)
      rowsPerArticle.set(view.articleId, (rowsPerArticle.get(view.articleId) ?? 0) + 1);
    const corpusIds = new Set(corpus.map((a) => a.id));
    const viewCounts = new Map(
      articles.map((a) => [
        a.id,
        viewCount(a.id, rowsPerArticle.get(a.id) ?? 0, corpusIds.has(a.id)),
      ]),
    );

    // One hash for every demo account: Argon2id is deliberately slow, and the password is public anyway.
    const passwordHash = await hash(DEMO_PASSWORD, ARGON2_OPTIONS);

    const result = await prisma.$transaction(
      async (tx) => {
        const deleted = options.force ? await deleteContent(tx) : null;
        const userIds = await writeDemoUsers(tx, passwordHash, now);
        const editorId = userIds.get(EDITOR_EMAIL);
        if (!editorId) throw new Error("the demo editor was not created");
        const sections = await writeSections(tx);
        const topics = await writeTopics(tx, articles);
        const written = await writeArticles(tx, articles, { userIds, editorId, viewCounts, now });
        for (const batch of chunks(views, VIEW_BATCH))
          await tx.articleView.createMany({ data: batch });
        // Typo suggestions ("Mungkin maksud Anda") read SearchWord; lib/search/ owns keeping it fresh
        // afterwards, the seed only fills it once, with the same vocabulary rule.
        const searchWords =
          await tx.$executeRaw`INSERT INTO "SearchWord" (word, docs) ${articleWords(Prisma.sql`TRUE`)}`;
        return {
          deleted,
          users: userIds.size,
          sections,
          topics,
          ...written,
          views: views.length,
          searchWords,
        };
      },
      { maxWait: 10_000, timeout: 300_000 },
    );

    if (result.deleted) log(`--force: deleted ${JSON.stringify(result.deleted)}`);
    // A bulk load leaves the planner without statistics and every page unvacuumed. Autovacuum would
    // do both a few minutes later, in the middle of whatever the server is doing by then (once, in
    // the middle of a benchmark); here it costs a second or two and the first queries plan right.
    await prisma.$executeRawUnsafe("VACUUM (ANALYZE)");
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(
      `done in ${seconds}s: ${result.users} users, ${result.sections} sections, ${result.topics} topics, ` +
        `${result.articles} articles (${anatomy.length} hand-written, ${corpus.length} corpus), ${result.revisions} revisions, ` +
        `${result.topicLinks} topic links, ${result.views} views, ${result.searchWords} search words`,
    );
    if (options.scale !== null)
      await seedAtScale({ target: options.scale, force: false, url: connectionString });
    log(
      `demo log-ins: ${DEMO_USERS.slice(0, 4)
        .map((u) => u.email)
        .join(", ")} (shared password in prisma/seed/demo-users.ts)`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("[seed] failed:", error);
  process.exitCode = 1;
});
