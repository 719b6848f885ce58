// The five reader page types that the page-weight and Lighthouse scripts look at, found on a server
// whose content is not known in advance: home, an article, a section, a topic and a writer.
import { findArticlePath } from "./targets.mjs";

async function html(baseUrl, path) {
  const response = await fetch(new URL(path, baseUrl), { signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.text();
}

function firstLink(text, prefix) {
  const match = new RegExp(`href="(${prefix}[a-z0-9-]+)"`).exec(text);
  return match ? match[1] : null;
}

/**
 * [{ name, path }] for home, article, section (/news), topic and writer; a page type that cannot
 * be found (an empty database) is left out with a note on stderr. The article is the first one
 * linked from /news, as in `npm run bench`: on the demo data a corpus article without a picture.
 */
export async function findReaderPages(baseUrl) {
  const pages = [{ name: "home", path: "/" }];
  const article = await findArticlePath(baseUrl);
  if (article) pages.push({ name: "article", path: article.path });
  pages.push({ name: "section", path: "/news" });
  const topic = firstLink(await html(baseUrl, "/"), "/topik/");
  if (topic) pages.push({ name: "topic", path: topic });
  const writer = article ? firstLink(await html(baseUrl, article.path), "/penulis/") : null;
  if (writer) pages.push({ name: "writer", path: writer });
  for (const name of ["article", "topic", "writer"])
    if (!pages.some((p) => p.name === name)) console.error(`no ${name} page found: skipped`);
  return pages;
}
