"use client";

import { TextSelection } from "@tiptap/pm/state";
import type { EditorProps, EditorView } from "@tiptap/pm/view";
import { EditorContent, useEditor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from "react";
import type { ArticleDocument } from "@/lib/articles/document-schema";
import { SpellingHintsLazy } from "@/components/spelling/spelling-hints-lazy";
import styles from "./article-editor.module.css";
import { createExtensions } from "./extensions";
import { ImagePicker } from "./image-picker";
import { LinkDialog } from "./link-dialog";
import { ReadAlsoPicker } from "./read-also-picker";
import { Toolbar, type PanelKind } from "./toolbar";

/** Imperative access for the page hosting the editor (pass `ref`). */
export type ArticleEditorHandle = {
  /**
   * Replaces the whole document, e.g. with the stored version after a save CONFLICT. Does not call
   * `onChange` (the caller already has `doc`); Urungkan (undo) brings the replaced text back.
   */
  setContent: (doc: ArticleDocument) => void;
  /** The current document, as `onChange` reports it (null until the editor has mounted). */
  getDocument: () => ArticleDocument | null;
  /** Moves focus into the editing area, e.g. after a validation error in the body. */
  focus: () => void;
};

export type ArticleEditorProps = {
  /** Read once, when the editor mounts; later changes go through `ref.setContent`. */
  initialDocument: ArticleDocument;
  /** Called on every change of the document with `editor.getJSON()`. */
  onChange: (doc: ArticleDocument) => void;
  /** Accessible name of the editing area. */
  label?: string;
  readOnly?: boolean;
  /** Indonesian spelling hints under the editor (the studio; loaded lazily). */
  spelling?: boolean;
  ref?: Ref<ArticleEditorHandle>;
};

type OpenPanel = { kind: PanelKind; fromToolbar: boolean } | null;

// ProseMirror needs at least one block; an empty stored body opens as one empty paragraph.
const withBlock = (doc: ArticleDocument) =>
  doc.content.length ? doc : { type: "doc" as const, content: [{ type: "paragraph" as const }] };

/**
 * Ctrl+K right after Shift+arrow may arrive before ProseMirror has read the browser's selection
 * (selectionchange is async); the link panel then takes focus and that selection would be lost.
 */
function readDomSelection(view: EditorView) {
  const dom = view.dom.ownerDocument.getSelection();
  if (
    !dom?.anchorNode ||
    !dom.focusNode ||
    !view.dom.contains(dom.anchorNode) ||
    !view.dom.contains(dom.focusNode)
  )
    return;
  try {
    const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
    const { selection } = view.state;
    if (selection.anchor !== anchor || selection.head !== head)
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
  } catch {
    // A position inside a node view: keep ProseMirror's own selection.
  }
}

function areaAttributes(label: string, readOnly: boolean): Record<string, string> {
  return {
    role: "textbox",
    "aria-multiline": "true",
    "aria-label": label,
    ...(readOnly ? { "aria-readonly": "true" } : {}),
    class: styles.prose,
  };
}

export function ArticleEditor({
  initialDocument,
  onChange,
  label,
  readOnly = false,
  spelling = false,
  ref,
}: ArticleEditorProps) {
  const t = useTranslations("editor");
  const areaLabel = label ?? t("bodyLabel");
  const panelId = useId();
  const toolbarArea = useRef<HTMLDivElement>(null);
  const [panel, setPanel] = useState<OpenPanel>(null);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  }, [onChange]);

  // Stable options: useEditor compares them on every render and re-applies any that changed.
  const [extensions] = useState(() => createExtensions({ placeholder: t("placeholder") }));
  const [content] = useState(() => withBlock(initialDocument));
  const editorProps = useMemo<EditorProps>(
    () => ({
      attributes: areaAttributes(areaLabel, readOnly),
      handleKeyDown: (view, event) => {
        // Ctrl+K / Cmd+K: the link panel, as in most editors.
        if (
          (event.ctrlKey || event.metaKey) &&
          !event.altKey &&
          !event.shiftKey &&
          event.key.toLowerCase() === "k"
        ) {
          event.preventDefault();
          readDomSelection(view);
          setPanel({ kind: "link", fromToolbar: false });
          return true;
        }
        return false;
      },
    }),
    [areaLabel, readOnly],
  );

  const editor = useEditor({
    // Rendered on the client only: the server HTML would not match ProseMirror's DOM.
    immediatelyRender: false,
    extensions,
    content,
    editable: !readOnly,
    editorProps,
    onUpdate: ({ editor: e }) => latestOnChange.current(e.getJSON() as ArticleDocument),
  });

  useEffect(() => {
    if (!editor) return;
    editor.setEditable(!readOnly, false);
    editor.setOptions({ editorProps });
    // An empty transaction lets node views (caption fields, remove buttons) see the new mode.
    editor.view.dispatch(editor.state.tr.setMeta("addToHistory", false));
  }, [editor, editorProps, readOnly]);

  useImperativeHandle(
    ref,
    () => ({
      setContent: (doc) => editor?.commands.setContent(withBlock(doc), { emitUpdate: false }),
      getDocument: () => (editor ? (editor.getJSON() as ArticleDocument) : null),
      focus: () => editor?.commands.focus(),
    }),
    [editor],
  );

  function togglePanel(kind: PanelKind) {
    setPanel((open) => (open?.kind === kind ? null : { kind, fromToolbar: true }));
  }

  function closePanel(done: boolean) {
    const from = panel;
    setPanel(null);
    if (done || !from?.fromToolbar) editor?.commands.focus();
    else
      toolbarArea.current?.querySelector<HTMLButtonElement>(`[data-tool="${from.kind}"]`)?.focus();
  }

  if (!editor) {
    return (
      <div className={styles.editor}>
        <div className={styles.prose}>
          <p className={styles.muted}>{t("loading")}</p>
        </div>
      </div>
    );
  }

  const shown = readOnly ? null : panel;
  return (
    <div className={styles.editor}>
      {!readOnly && (
        <div ref={toolbarArea}>
          <Toolbar
            editor={editor}
            openPanel={shown?.kind ?? null}
            onTogglePanel={togglePanel}
            panelId={panelId}
          />
        </div>
      )}
      {shown?.kind === "link" && (
        <LinkDialog key="link" editor={editor} id={panelId} onClose={closePanel} />
      )}
      {shown?.kind === "image" && (
        <ImagePicker key="image" editor={editor} id={panelId} onClose={closePanel} />
      )}
      {shown?.kind === "readAlso" && (
        <ReadAlsoPicker key="readAlso" editor={editor} id={panelId} onClose={closePanel} />
      )}
      <EditorContent editor={editor} />
      {spelling && !readOnly && <SpellingHintsLazy editor={editor} />}
    </div>
  );
}
