import { describe, expect, it } from "vitest";
import { documentSchema } from "@/lib/articles/document-schema";
import { documentSections, documentText, renderDocumentHtml } from "@/lib/articles/render-document";

const text = (value: string, marks?: unknown[]) => ({
  type: "text",
  text: value,
  ...(marks && { marks }),
});

describe("document schema", () => {
  it("refuses node types outside the allow-list", () => {
    const result = documentSchema.safeParse({
      type: "doc",
      content: [{ type: "iframe", attrs: { src: "https://evil.test" } }],
    });
    expect(result.success).toBe(false);
  });

  it("refuses javascript: and protocol-relative links", () => {
    for (const href of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "//evil.test/x",
      "data:text/html,<b>",
      "/\\evil.test",
      "/\t/evil.test",
      "https://ok.test/a b",
    ]) {
      const doc = {
        type: "doc",
        content: [
          { type: "paragraph", content: [text("klik", [{ type: "link", attrs: { href } }])] },
        ],
      };
      expect(documentSchema.safeParse(doc).success, href).toBe(false);
    }
  });

  it("requires a caption and a credit on every image", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "image", attrs: { src: "/media/a.webp", alt: "", caption: "", credit: "" } },
      ],
    };
    expect(documentSchema.safeParse(doc).success).toBe(false);
  });
});

describe("renderDocumentHtml", () => {
  it("escapes text, so markup typed by a writer stays text", () => {
    const doc = documentSchema.parse({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [text('Awal <script>alert(1)</script> <img src=x onerror="alert(2)"> akhir')],
        },
      ],
    });
    const html = renderDocumentHtml(doc);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("Awal &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("akhir");
  });

  it("numbers section headings in order and anchors them for the table of contents", () => {
    const doc = documentSchema.parse({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [text("Pertama")] },
        { type: "paragraph", content: [text("isi")] },
        { type: "heading", attrs: { level: 3 }, content: [text("Sub")] },
        { type: "heading", attrs: { level: 2 }, content: [text("Kedua")] },
      ],
    });
    const html = renderDocumentHtml(doc);
    expect(html).toContain('<h2 id="bagian-1"><span class="section-number">1. </span>Pertama</h2>');
    expect(html).toContain('<h2 id="bagian-2"><span class="section-number">2. </span>Kedua</h2>');
    expect(documentSections(doc)).toEqual([
      { number: 1, anchor: "bagian-1", title: "Pertama" },
      { number: 2, anchor: "bagian-2", title: "Kedua" },
    ]);
  });

  it("renders Baca Juga from the live target and drops it when the target is gone", () => {
    const doc = documentSchema.parse({
      type: "doc",
      content: [{ type: "readAlso", attrs: { articleId: "a1" } }],
    });
    expect(
      renderDocumentHtml(doc, (id) =>
        id === "a1" ? { title: "Judul <Baru>", url: "/news/judul-baru" } : undefined,
      ),
    ).toBe(
      '<aside class="read-also"><strong>Baca Juga:</strong> <a href="/news/judul-baru">Judul &lt;Baru&gt;</a></aside>',
    );
    expect(renderDocumentHtml(doc, () => undefined)).toBe("");
  });

  it("marks external links as user content that opens safely", () => {
    const doc = documentSchema.parse({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            text("sumber", [{ type: "link", attrs: { href: 'https://example.org/?a=1&b="2"' } }]),
          ],
        },
      ],
    });
    expect(renderDocumentHtml(doc)).toBe(
      '<p><a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer nofollow ugc" target="_blank">sumber</a></p>',
    );
  });

  it("gives plain text for search, without markup", () => {
    const doc = documentSchema.parse({
      type: "doc",
      content: [
        { type: "paragraph", content: [text("Satu "), text("dua", [{ type: "bold" }])] },
        { type: "blockquote", content: [{ type: "paragraph", content: [text("“Kutipan”")] }] },
      ],
    });
    expect(documentText(doc)).toBe("Satu dua\n\n“Kutipan”");
  });
});
