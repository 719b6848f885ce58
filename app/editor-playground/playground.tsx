"use client";

import { useRef, useState } from "react";
import { ArticleEditor, type ArticleEditorHandle } from "@/components/editor/article-editor";
import { documentSchema, type ArticleDocument } from "@/lib/articles/document-schema";

const sample: ArticleDocument = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Paragraf pembuka dengan " }, { type: "text", text: "teks tebal", marks: [{ type: "bold" }] }, { type: "text", text: " dan " }, { type: "text", text: "tautan", marks: [{ type: "link", attrs: { href: "https://example.org" } }] }, { type: "text", text: "." }] },
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Latar belakang" }] },
    { type: "paragraph", content: [{ type: "text", text: "Isi bagian pertama." }] },
    { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Rincian kecil" }] },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Sebuah kutipan narasumber." }] }] },
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Dampak" }] },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Poin satu" }] }] }, { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Poin dua" }] }] }] },
    { type: "image", attrs: { src: "/demo/body/denah-kebun.svg", alt: "", caption: "Denah kebun warga", credit: "" } },
    { type: "readAlso", attrs: { articleId: "contoh-id" } },
    { type: "paragraph", content: [{ type: "text", text: "Penutup." }] },
  ],
};

export function Playground() {
  const [doc, setDoc] = useState<ArticleDocument>(sample);
  const [readOnly, setReadOnly] = useState(false);
  const editor = useRef<ArticleEditorHandle>(null);
  const parsed = documentSchema.safeParse(doc);
  return (
    <>
      <p>
        <label>
          <input type="checkbox" checked={readOnly} onChange={(e) => setReadOnly(e.target.checked)} /> Hanya baca
        </label>{" "}
        <button type="button" onClick={() => { editor.current?.setContent(sample); setDoc(sample); }}>Pulihkan contoh</button>
      </p>
      <ArticleEditor ref={editor} initialDocument={sample} onChange={setDoc} readOnly={readOnly} />
      <h2>Validasi</h2>
      <p id="validation">{parsed.success ? "VALID" : `INVALID: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`}</p>
      <h2>JSON</h2>
      <pre id="json" style={{ whiteSpace: "pre-wrap", fontSize: ".75rem" }}>{JSON.stringify(doc, null, 1)}</pre>
    </>
  );
}
