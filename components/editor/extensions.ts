import { combineTransactionSteps, getChangedRanges, type Extensions } from "@tiptap/core";
import Blockquote from "@tiptap/extension-blockquote";
import Heading from "@tiptap/extension-heading";
import Link from "@tiptap/extension-link";
import { ListItem } from "@tiptap/extension-list";
import Placeholder from "@tiptap/extension-placeholder";
import type { MarkType } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { linkHref } from "@/lib/articles/document-schema";
import { ImageNode } from "./image-node";
import { ReadAlsoNode } from "./read-also-node";

// The editor's schema must produce exactly what lib/articles/document-schema.ts accepts: the node
// and mark names, where blocks may nest, and the attributes. editor-schema.test.ts holds it to that.

/**
 * The link rule of document-schema.ts (http(s), mailto:, site path), stricter on what browsers
 * would silently rewrite: whitespace or control characters, and "/\" (which browsers read as "//",
 * another host).
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== "string" || /[\s\u0000-\u001f\u007f]/.test(href) || href.startsWith("/\\"))
    return false;
  return linkHref.safeParse(href).success;
}

/** Last line of defence: whatever route a link took into the document (paste, drop, command), an unsafe href loses its mark. */
function linkGuard(type: MarkType) {
  return new Plugin({
    key: new PluginKey("wartaLinkGuard"),
    appendTransaction(transactions, oldState, newState) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      const tr = newState.tr;
      for (const { newRange } of getChangedRanges(
        combineTransactionSteps(oldState.doc, [...transactions]),
      )) {
        newState.doc.nodesBetween(newRange.from, newRange.to, (node, pos) => {
          for (const mark of node.isText ? node.marks : []) {
            if (mark.type === type && !isSafeHref(mark.attrs.href))
              tr.removeMark(pos, pos + node.nodeSize, mark);
          }
        });
      }
      return tr.steps.length ? tr : null;
    },
  });
}

const SafeLink = Link.extend({
  // Only href is stored; target/rel are added by the reader renderer, never by the writer.
  addAttributes() {
    return {
      href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute("href") },
    };
  },
  addProseMirrorPlugins() {
    return [...(this.parent?.() ?? []), linkGuard(this.type)];
  },
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: "https",
  // Used when parsing pasted HTML (<a href="javascript:…"> keeps its text, loses the link), for
  // setLink/toggleLink and for autolinking.
  isAllowedUri: (url) => isSafeHref(url),
  shouldAutoLink: (url) => isSafeHref(url),
});

const ArticleHeading = Heading.extend({
  addAttributes() {
    return { level: { default: 2, rendered: false } };
  },
  // Pasted h1 becomes a numbered section, h4–h6 a sub-heading, instead of losing their structure.
  parseHTML() {
    return [1, 2, 3, 4, 5, 6].map((level) => ({
      tag: `h${level}`,
      attrs: { level: level <= 2 ? 2 : 3 },
    }));
  },
}).configure({ levels: [2, 3] });

// document-schema.ts: a quote holds paragraphs only; a list item paragraphs and nested lists.
const ArticleBlockquote = Blockquote.extend({ content: "paragraph+" });
const ArticleListItem = ListItem.extend({ content: "paragraph (paragraph | list)*" });

/** `placeholder`: the empty editor's prompt, in the interface's language. */
export function createExtensions({ placeholder = "" }: { placeholder?: string } = {}): Extensions {
  return [
    StarterKit.configure({
      // Replaced by the restricted versions above.
      heading: false,
      blockquote: false,
      listItem: false,
      link: false,
      // Not part of an article.
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
    }),
    ArticleHeading,
    ArticleBlockquote,
    ArticleListItem,
    SafeLink,
    ImageNode,
    ReadAlsoNode,
    Placeholder.configure({ placeholder }),
  ];
}
