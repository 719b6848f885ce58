import { Node } from "@tiptap/core";
import {
  NodeViewWrapper,
  ReactNodeViewRenderer,
  useEditorState,
  type ReactNodeViewProps,
} from "@tiptap/react";
import { useTranslations } from "next-intl";
import styles from "./article-editor.module.css";

// "Baca Juga": a pointer to another published article. Only articleId is stored (document-schema.ts
// drops `title` on save; the reader page looks the title up). `title` is display-only, for the writer.

export type ReadAlsoAttrs = { articleId: string; title: string | null };

function ReadAlsoView({ node, editor, deleteNode }: ReactNodeViewProps) {
  const t = useTranslations("editor.readAlso");
  const { articleId, title } = node.attrs as ReadAlsoAttrs;
  const editable = useEditorState({ editor, selector: ({ editor: e }) => e.isEditable });
  return (
    <NodeViewWrapper className={styles.readAlso} data-article-id={articleId}>
      <p>
        <strong>{t("heading")}</strong>{" "}
        {title || <span className={styles.muted}>{t("unknownTitle", { id: articleId })}</span>}
      </p>
      {editable && (
        <button type="button" className={styles.nodeButton} onClick={deleteNode}>
          {t("remove")}
        </button>
      )}
    </NodeViewWrapper>
  );
}

export const ReadAlsoNode = Node.create({
  name: "readAlso",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      articleId: {
        default: "",
        parseHTML: (el: HTMLElement) => el.getAttribute("data-article-id") ?? "",
        renderHTML: (attrs: Partial<ReadAlsoAttrs>) => ({ "data-article-id": attrs.articleId }),
      },
      title: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute("data-title"),
        renderHTML: (attrs: Partial<ReadAlsoAttrs>) =>
          attrs.title ? { "data-title": attrs.title } : {},
      },
    };
  },

  // Only our own markup (copy and paste inside the editor) becomes a Baca Juga box.
  parseHTML() {
    return [
      {
        tag: "aside[data-read-also][data-article-id]",
        getAttrs: (el: HTMLElement) =>
          /^[\w-]{1,40}$/.test(el.getAttribute("data-article-id") ?? "") ? null : false,
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      "aside",
      { ...HTMLAttributes, "data-read-also": "" },
      `Baca Juga: ${node.attrs.title ?? ""}`,
    ];
  },

  addNodeView() {
    return ReactNodeViewRenderer(ReadAlsoView);
  },
});
