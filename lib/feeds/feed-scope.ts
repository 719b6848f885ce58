import "server-only";
import type { PublishedFilter } from "@/lib/articles/published-where";
import { getSection } from "@/lib/sections/get-section";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/seo/page-metadata";
import { getTopic } from "@/lib/topics/get-topic";
import { getWriterProfile } from "@/lib/users/get-writer-profile";

/** What a feed URL asks for: the whole site, a section path, a topic or a writer. */
export type FeedRequest =
  | { kind: "site" }
  | { kind: "section"; path: string[] }
  | { kind: "topic"; slug: string }
  | { kind: "writer"; username: string };

export type FeedScope = {
  title: string;
  description: string;
  /** The HTML page the feed mirrors; its feeds live at `${path}/rss.xml` and `/atom.xml`. */
  path: string;
  filter: PublishedFilter;
};

export type FeedScopeLookup =
  { kind: "found"; scope: FeedScope } | { kind: "redirect"; to: string } | { kind: "not-found" };

/** Resolves a feed's subject with the same loaders as its page, so both agree on 404s and renames. */
export async function resolveFeedScope(request: FeedRequest): Promise<FeedScopeLookup> {
  switch (request.kind) {
    case "site":
      return {
        kind: "found",
        scope: { title: SITE_NAME, description: SITE_DESCRIPTION, path: "/", filter: {} },
      };
    case "section": {
      const lookup = await getSection(request.path);
      if (lookup.kind !== "found") return lookup;
      const { section } = lookup;
      return {
        kind: "found",
        scope: {
          title: `${section.name} — ${SITE_NAME}`,
          description: section.description || `Berita ${section.name} terbaru di ${SITE_NAME}.`,
          path: section.href,
          filter: { sectionId: section.id },
        },
      };
    }
    case "topic": {
      const lookup = await getTopic(request.slug);
      if (lookup.kind !== "found") return lookup;
      const { topic } = lookup;
      return {
        kind: "found",
        scope: {
          title: `Topik ${topic.name} — ${SITE_NAME}`,
          description:
            topic.description || `Kumpulan berita tentang ${topic.name} di ${SITE_NAME}.`,
          path: `/topik/${topic.slug}`,
          filter: { topicId: topic.id },
        },
      };
    }
    case "writer": {
      const lookup = await getWriterProfile(request.username);
      if (lookup.kind !== "found") return lookup;
      const { writer } = lookup;
      return {
        kind: "found",
        scope: {
          title: `${writer.displayName} — ${SITE_NAME}`,
          description: writer.bio || `Tulisan ${writer.displayName} di ${SITE_NAME}.`,
          path: `/penulis/${writer.username}`,
          filter: { writerId: writer.id },
        },
      };
    }
  }
}

/** The feed URL of a page path: "/" → "/rss.xml", "/news" → "/news/rss.xml". */
export function feedPath(pagePath: string, format: "rss" | "atom") {
  return `${pagePath === "/" ? "" : pagePath}/${format}.xml`;
}
