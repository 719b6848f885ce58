import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { documentSchema } from "@/lib/articles/document-schema";
import { createExtensions, isSafeHref } from "./extensions";

// The editor may only produce what the server accepts (lib/articles/document-schema.ts), and must
// open whatever the server has stored. Both are checked on the editor's real ProseMirror schema.

const schema = getSchema(createExtensions());

const sample = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Latar belakang" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Warga " },
        { type: "text", text: "Bandung", marks: [{ type: "bold" }, { type: "italic" }] },
        { type: "hardBreak" },
        {
          type: "text",
          text: "sumber",
          marks: [{ type: "link", attrs: { href: "https://example.org/a?b=1" } }],
        },
        { type: "text", text: " dan " },
        { type: "text", text: "arsip", marks: [{ type: "link", attrs: { href: "/news/arsip" } }] },
      ],
    },
    { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Rincian" }] },
    {
      type: "blockquote",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Kutipan." }] }],
    },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "Satu" }] },
            {
              type: "orderedList",
              attrs: { start: 1, type: null },
              content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
            },
          ],
        },
      ],
    },
    {
      type: "image",
      attrs: {
        src: "/media/2026/05/0123456789abcdef-1200.webp",
        alt: "",
        caption: "Banjir di Dayeuhkolot",
        credit: "Warta/Ani",
      },
    },
    { type: "readAlso", attrs: { articleId: "art_123", title: "Judul tampilan saja" } },
    { type: "paragraph" },
  ],
};

describe("editor schema", () => {
  it("has exactly the node and mark types of document-schema.ts", () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        "blockquote",
        "bulletList",
        "doc",
        "hardBreak",
        "heading",
        "image",
        "listItem",
        "orderedList",
        "paragraph",
        "readAlso",
        "text",
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(["bold", "italic", "link"]);
  });

  it("stores only the attributes the server knows (plus the read-also display title)", () => {
    expect(Object.keys(schema.marks.link.spec.attrs ?? {})).toEqual(["href"]);
    expect(Object.keys(schema.nodes.heading.spec.attrs ?? {})).toEqual(["level"]);
    expect(Object.keys(schema.nodes.image.spec.attrs ?? {}).sort()).toEqual([
      "alt",
      "caption",
      "credit",
      "src",
    ]);
    expect(Object.keys(schema.nodes.readAlso.spec.attrs ?? {}).sort()).toEqual([
      "articleId",
      "title",
    ]);
  });

  it("round-trips a document the server accepts", () => {
    expect(documentSchema.safeParse(sample).success).toBe(true);
    const node = schema.nodeFromJSON(sample);
    node.check();
    // Node#toJSON is what editor.getJSON() returns.
    const parsed = documentSchema.safeParse(node.toJSON());
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("refuses nesting the server refuses", () => {
    const paragraph = { type: "paragraph", content: [{ type: "text", text: "x" }] };
    const heading = {
      type: "heading",
      attrs: { level: 2 },
      content: [{ type: "text", text: "x" }],
    };
    const image = {
      type: "image",
      attrs: { src: "/media/a.webp", alt: "", caption: "c", credit: "k" },
    };
    const invalid = [
      { type: "doc", content: [{ type: "blockquote", content: [heading] }] },
      { type: "doc", content: [{ type: "blockquote", content: [paragraph, image] }] },
      {
        type: "doc",
        content: [
          { type: "bulletList", content: [{ type: "listItem", content: [paragraph, heading] }] },
        ],
      },
      {
        type: "doc",
        content: [
          {
            type: "bulletList",
            content: [
              {
                type: "listItem",
                content: [paragraph, { type: "blockquote", content: [paragraph] }],
              },
            ],
          },
        ],
      },
    ];
    for (const doc of invalid) {
      expect(() => schema.nodeFromJSON(doc).check(), JSON.stringify(doc)).toThrow();
      expect(documentSchema.safeParse(doc).success).toBe(false);
    }
  });

  it("accepts only http(s), mailto and site-relative links", () => {
    for (const href of [
      "https://example.org",
      "http://a.id/x",
      "mailto:redaksi@warta.id",
      "/news/judul",
    ])
      expect(isSafeHref(href), href).toBe(true);
    const unsafe = [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,x",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "ftp://a.b",
      "news/relatif",
      "",
      null,
    ];
    for (const href of unsafe) expect(isSafeHref(href), String(href)).toBe(false);
  });
});
