import type { ArticleDocument, BlockNode, InlineNode, Mark } from "@/lib/articles/document-schema";

// Turns a validated document into reader HTML. Every string is escaped and only the allow-listed
// nodes of document-schema.ts produce markup, so the output is safe to insert into a page.

export type ReadAlsoTarget = { title: string; url: string };
export type ReadAlsoLookup = (articleId: string) => ReadAlsoTarget | undefined;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

export const sectionAnchor = (number: number) => `bagian-${number}`;

function renderMarks(text: string, marks: Mark[] = []) {
  return marks.reduce((html, mark) => {
    if (mark.type === "bold") return `<strong>${html}</strong>`;
    if (mark.type === "italic") return `<em>${html}</em>`;
    const external = /^https?:\/\//i.test(mark.attrs.href);
    const rel = external ? ' rel="noopener noreferrer nofollow ugc" target="_blank"' : "";
    return `<a href="${escapeHtml(mark.attrs.href)}"${rel}>${html}</a>`;
  }, escapeHtml(text));
}

function renderInline(nodes: InlineNode[] = []) {
  return nodes
    .map((node) => (node.type === "hardBreak" ? "<br>" : renderMarks(node.text, node.marks)))
    .join("");
}

function renderBlock(node: BlockNode, state: { section: number }, lookup: ReadAlsoLookup): string {
  switch (node.type) {
    case "paragraph": {
      const inner = renderInline(node.content);
      return inner ? `<p>${inner}</p>` : "";
    }
    case "heading": {
      if (node.attrs.level === 3) return `<h3>${renderInline(node.content)}</h3>`;
      state.section += 1;
      return `<h2 id="${sectionAnchor(state.section)}"><span class="section-number">${state.section}. </span>${renderInline(node.content)}</h2>`;
    }
    case "blockquote":
      return `<blockquote>${node.content.map((p) => renderBlock(p, state, lookup)).join("")}</blockquote>`;
    case "bulletList":
    case "orderedList": {
      const tag = node.type === "bulletList" ? "ul" : "ol";
      const items = node.content.map(
        (item) =>
          `<li>${item.content.map((child) => renderBlock(child, state, lookup)).join("")}</li>`,
      );
      return `<${tag}>${items.join("")}</${tag}>`;
    }
    case "image": {
      const { src, alt, caption, credit } = node.attrs;
      return `<figure class="body-image"><img src="${escapeHtml(src)}" alt="${escapeHtml(alt || caption)}" loading="lazy"><figcaption>${escapeHtml(caption)} <span class="credit">(${escapeHtml(credit)})</span></figcaption></figure>`;
    }
    case "readAlso": {
      // A target that is gone or unpublished renders nothing: readers never meet a broken link.
      const target = lookup(node.attrs.articleId);
      if (!target) return "";
      return `<aside class="read-also"><strong>Baca Juga:</strong> <a href="${escapeHtml(target.url)}">${escapeHtml(target.title)}</a></aside>`;
    }
  }
}

export function renderDocumentHtml(doc: ArticleDocument, lookup: ReadAlsoLookup = () => undefined) {
  const state = { section: 0 };
  return doc.content.map((node) => renderBlock(node, state, lookup)).join("\n");
}

function inlineText(nodes: InlineNode[] = []) {
  return nodes.map((node) => (node.type === "text" ? node.text : " ")).join("");
}

function blockText(node: BlockNode): string {
  switch (node.type) {
    case "paragraph":
    case "heading":
      return inlineText(node.content);
    case "blockquote":
      return node.content.map(blockText).join("\n");
    case "bulletList":
    case "orderedList":
      return node.content.map((item) => item.content.map(blockText).join("\n")).join("\n");
    case "image":
      return node.attrs.caption;
    case "readAlso":
      return "";
  }
}

/** Plain text for search and word counts. */
export function documentText(doc: ArticleDocument) {
  return doc.content.map(blockText).filter(Boolean).join("\n\n");
}

export function countWords(text: string) {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Numbered sections, for the table of contents. */
export function documentSections(doc: ArticleDocument) {
  return doc.content
    .filter((node) => node.type === "heading" && node.attrs.level === 2)
    .map((node, i) => ({
      number: i + 1,
      anchor: sectionAnchor(i + 1),
      title: inlineText(node.type === "heading" ? node.content : []),
    }));
}

export function readAlsoIds(doc: ArticleDocument) {
  return doc.content.flatMap((node) => (node.type === "readAlso" ? [node.attrs.articleId] : []));
}
