import { describe, expect, it } from "vitest";
import { renderDocumentHtml } from "@/lib/articles/render-document";
import { documentSchema } from "@/lib/articles/document-schema";
import { localizeBody } from "./localize-body";

const doc = documentSchema.parse({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Baca Juga:", marks: [{ type: "bold" }] },
        { type: "text", text: " lihat " },
        { type: "text", text: "rubrik", marks: [{ type: "link", attrs: { href: "/news" } }] },
        { type: "text", text: " dan " },
        {
          type: "text",
          text: "sumber",
          marks: [{ type: "link", attrs: { href: "https://x.id/a" } }],
        },
        { type: "text", text: " dan " },
        { type: "text", text: "studio", marks: [{ type: "link", attrs: { href: "/tulis" } }] },
      ],
    },
    { type: "readAlso", attrs: { articleId: "b1" } },
  ],
});

const html = renderDocumentHtml(doc, () => ({ title: "Judul lain", url: "/sport/judul-lain" }));

describe("localizeBody", () => {
  it("leaves the Indonesian body exactly as rendered", () => {
    expect(localizeBody(html, "id", "Read more:")).toBe(html);
  });

  it("translates the read-also label and keeps site links in English, nothing else", () => {
    const en = localizeBody(html, "en", "Read more:");
    expect(en).toContain('<aside class="read-also"><strong>Read more:</strong>');
    expect(en).toContain('<a href="/en/sport/judul-lain">Judul lain</a>');
    expect(en).toContain('<a href="/en/news">rubrik</a>');
    expect(en).toContain('href="https://x.id/a"');
    expect(en).toContain('<a href="/tulis">studio</a>');
    // The writer's own bold "Baca Juga:" is article text: it stays.
    expect(en).toContain("<p><strong>Baca Juga:</strong>");
  });
});
