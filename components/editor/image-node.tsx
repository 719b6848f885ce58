import { Node } from "@tiptap/core";
import {
  NodeViewWrapper,
  ReactNodeViewRenderer,
  useEditorState,
  type ReactNodeViewProps,
} from "@tiptap/react";
import Image from "next/image";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { mediaVariantUrl } from "@/lib/media/variant-url";
import styles from "./article-editor.module.css";

// A body image: an upload of Warta (local path), with the caption and credit readers see under it.
// Node type "image" with attrs src, alt, caption, credit — as imageNode in document-schema.ts.

/** Same rule as document-schema.ts: only images uploaded to Warta, never a remote URL. */
const LOCAL_IMAGE = /^\/(?!\/)[\w\-./]+$/;

export type ImageAttrs = { src: string; alt: string; caption: string; credit: string };

function ImageView({ node, editor, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { src, alt, caption, credit } = node.attrs as ImageAttrs;
  const editable = useEditorState({ editor, selector: ({ editor: e }) => e.isEditable });
  const id = useId();
  const missingCaption = !caption.trim();
  const missingCredit = !credit.trim();
  const t = useTranslations("editor.image");
  const missing = missingCaption
    ? missingCredit
      ? t("missingBoth")
      : t("missingCaption")
    : missingCredit
      ? t("missingCredit")
      : null;

  return (
    <NodeViewWrapper as="figure" className={styles.image} data-selected={selected || undefined}>
      {/* Alt falls back to the caption, as the reader page does. The real ratio is unknown here: CSS keeps it. */}
      <Image
        src={mediaVariantUrl(src, 800)}
        alt={alt || caption}
        width={800}
        height={450}
        className={styles.imagePreview}
      />
      <div className={styles.imageFields}>
        <label htmlFor={`${id}-caption`}>{t("caption")}</label>
        <input
          id={`${id}-caption`}
          value={caption}
          maxLength={300}
          required
          readOnly={!editable}
          aria-invalid={missingCaption || undefined}
          aria-describedby={missing ? `${id}-warning` : undefined}
          onChange={(event) => updateAttributes({ caption: event.target.value })}
        />
        <label htmlFor={`${id}-credit`}>{t("credit")}</label>
        <input
          id={`${id}-credit`}
          value={credit}
          maxLength={150}
          required
          readOnly={!editable}
          aria-invalid={missingCredit || undefined}
          aria-describedby={missing ? `${id}-warning` : undefined}
          onChange={(event) => updateAttributes({ credit: event.target.value })}
        />
      </div>
      {missing && (
        <p id={`${id}-warning`} className={styles.warning}>
          {missing}
        </p>
      )}
      {editable && (
        <button type="button" className={styles.nodeButton} onClick={deleteNode}>
          {t("remove")}
        </button>
      )}
    </NodeViewWrapper>
  );
}

export const ImageNode = Node.create({
  name: "image",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: "", parseHTML: (el: HTMLElement) => el.getAttribute("src") ?? "" },
      alt: { default: "", parseHTML: (el: HTMLElement) => el.getAttribute("alt") ?? "" },
      caption: {
        default: "",
        parseHTML: (el: HTMLElement) => el.getAttribute("data-caption") ?? "",
        renderHTML: (attrs: Partial<ImageAttrs>) => ({ "data-caption": attrs.caption }),
      },
      credit: {
        default: "",
        parseHTML: (el: HTMLElement) => el.getAttribute("data-credit") ?? "",
        renderHTML: (attrs: Partial<ImageAttrs>) => ({ "data-credit": attrs.credit }),
      },
    };
  },

  // Copy and paste inside the editor round-trips through this HTML. A pasted image from elsewhere
  // (remote src, data: URL, onerror=…) matches no rule and is dropped: it must be uploaded.
  parseHTML() {
    return [
      {
        tag: "img[src]",
        getAttrs: (el: HTMLElement) =>
          LOCAL_IMAGE.test(el.getAttribute("src") ?? "") ? null : false,
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ["img", HTMLAttributes];
  },

  addNodeView() {
    return ReactNodeViewRenderer(ImageView);
  },
});
