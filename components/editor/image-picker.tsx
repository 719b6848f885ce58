import type { Editor } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { ImageUpload, type UploadedImage } from "@/components/media/image-upload";
import styles from "./article-editor.module.css";
import { closeOnEscape } from "./close-on-escape";
import type { ImageAttrs } from "./image-node";
import { insertBlockAtom } from "./insert-block";

type ImagePickerProps = {
  editor: Editor;
  id: string;
  onClose: (inserted: boolean) => void;
};

/** Focuses the caption field of the image just inserted: it is required and still empty. */
function focusCaption(editor: Editor, src: string) {
  let position: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === "image" && (node.attrs as ImageAttrs).src === src) position = pos;
    return node.type.name === "doc";
  });
  if (position === null) return;
  const dom = editor.view.nodeDOM(position);
  if (dom instanceof HTMLElement) dom.querySelector("input")?.focus();
}

/** Panel that uploads a body image and inserts it at the cursor. */
export function ImagePicker({ editor, id, onClose }: ImagePickerProps) {
  const t = useTranslations("editor");
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    panel.current?.querySelector<HTMLInputElement>("input[type=file]")?.focus();
  }, []);

  function insert(image: UploadedImage) {
    const attrs: ImageAttrs = { src: image.url, alt: "", caption: "", credit: "" };
    insertBlockAtom(editor, { type: "image", attrs });
    onClose(true);
    // The node view renders in a React portal after this transaction.
    requestAnimationFrame(() => focusCaption(editor, image.url));
  }

  return (
    <div
      ref={panel}
      id={id}
      role="group"
      aria-label={t("image.label")}
      className={styles.panel}
      onKeyDown={closeOnEscape(onClose)}
    >
      <ImageUpload purpose="body" label={t("image.upload")} onUploaded={insert} />
      <p className={styles.hint}>{t("image.afterUpload")}</p>
      <div className={styles.panelActions}>
        <button type="button" className={styles.secondary} onClick={() => onClose(false)}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
