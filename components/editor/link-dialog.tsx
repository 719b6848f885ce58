import type { Editor } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import styles from "./article-editor.module.css";
import { closeOnEscape } from "./close-on-escape";
import { isSafeHref } from "./extensions";

type LinkDialogProps = {
  editor: Editor;
  id: string;
  /** `applied`: focus goes back to the text; otherwise to where the panel was opened from. */
  onClose: (applied: boolean) => void;
};

/** Inline panel to add, change or remove the link on the selected text. */
export function LinkDialog({ editor, id, onClose }: LinkDialogProps) {
  const t = useTranslations("editor");
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const existing = editor.isActive("link");
  const [href, setHref] = useState(() => {
    const current: unknown = editor.getAttributes("link").href;
    return typeof current === "string" ? current : "";
  });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  function apply(event: FormEvent) {
    event.preventDefault();
    const value = href.trim();
    if (!value) {
      setError(t("link.empty"));
      return;
    }
    if (!isSafeHref(value)) {
      setError(t("link.invalid"));
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !existing) {
      // Nothing selected: the address itself becomes the linked text.
      editor
        .chain()
        .focus()
        .insertContent({
          type: "text",
          text: value,
          marks: [{ type: "link", attrs: { href: value } }],
        })
        .run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href: value }).run();
    }
    onClose(true);
  }

  function remove() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose(true);
  }

  return (
    <form
      id={id}
      className={styles.panel}
      aria-label={t("link.label")}
      noValidate
      onSubmit={apply}
      onKeyDown={closeOnEscape(onClose)}
    >
      <label htmlFor={inputId}>{t("link.address")}</label>
      <input
        ref={input}
        id={inputId}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://"
        value={href}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setHref(event.target.value);
          setError(null);
        }}
      />
      {error && (
        <p id={errorId} role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.panelActions}>
        <button type="submit">{existing ? t("link.update") : t("link.apply")}</button>
        {existing && (
          <button type="button" className={styles.secondary} onClick={remove}>
            {t("link.remove")}
          </button>
        )}
        <button type="button" className={styles.secondary} onClick={() => onClose(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
