import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { Fragment, useRef, useState, type KeyboardEvent } from "react";
import styles from "./article-editor.module.css";

export type PanelKind = "link" | "image" | "readAlso";

type Tool = {
  id: string;
  label: string;
  /** Shown in the tooltip, e.g. "Ctrl+B"; the same keys in ARIA syntax go to aria-keyshortcuts. */
  keys?: string;
  pressed?: boolean;
  panel?: PanelKind;
  disabled?: boolean;
  groupEnd?: boolean;
  run: () => void;
};

type ToolbarProps = {
  editor: Editor;
  openPanel: PanelKind | null;
  onTogglePanel: (panel: PanelKind) => void;
  panelId: string;
};

const ariaKeys = (keys: string) => keys.replace(/Ctrl/g, "Control");

/**
 * The formatting toolbar (WAI-ARIA toolbar pattern): one tab stop, arrow keys, Home and End move
 * between buttons. Every command also has the keyboard shortcut of its Tiptap extension.
 */
export function Toolbar({ editor, openPanel, onTogglePanel, panelId }: ToolbarProps) {
  const t = useTranslations("editor.toolbar");
  const [current, setCurrent] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive("paragraph") && !e.isActive("blockquote") && !e.isActive("listItem"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      blockquote: e.isActive("blockquote"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  const tools: Tool[] = [
    {
      id: "paragraph",
      label: t("paragraph"),
      keys: "Ctrl+Alt+0",
      pressed: state.paragraph,
      run: () => chain().setParagraph().run(),
    },
    {
      id: "h2",
      label: t("h2"),
      keys: "Ctrl+Alt+2",
      pressed: state.h2,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      id: "h3",
      label: t("h3"),
      keys: "Ctrl+Alt+3",
      pressed: state.h3,
      groupEnd: true,
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      id: "bold",
      label: t("bold"),
      keys: "Ctrl+B",
      pressed: state.bold,
      run: () => chain().toggleBold().run(),
    },
    {
      id: "italic",
      label: t("italic"),
      keys: "Ctrl+I",
      pressed: state.italic,
      run: () => chain().toggleItalic().run(),
    },
    {
      id: "link",
      label: t("link"),
      keys: "Ctrl+K",
      pressed: state.link,
      panel: "link",
      groupEnd: true,
      run: () => onTogglePanel("link"),
    },
    {
      id: "blockquote",
      label: t("blockquote"),
      keys: "Ctrl+Shift+B",
      pressed: state.blockquote,
      run: () => chain().toggleBlockquote().run(),
    },
    {
      id: "bulletList",
      label: t("bulletList"),
      keys: "Ctrl+Shift+8",
      pressed: state.bulletList,
      run: () => chain().toggleBulletList().run(),
    },
    {
      id: "orderedList",
      label: t("orderedList"),
      keys: "Ctrl+Shift+7",
      pressed: state.orderedList,
      groupEnd: true,
      run: () => chain().toggleOrderedList().run(),
    },
    { id: "image", label: t("image"), panel: "image", run: () => onTogglePanel("image") },
    {
      id: "readAlso",
      label: t("readAlso"),
      panel: "readAlso",
      groupEnd: true,
      run: () => onTogglePanel("readAlso"),
    },
    {
      id: "undo",
      label: t("undo"),
      keys: "Ctrl+Z",
      disabled: !state.canUndo,
      run: () => chain().undo().run(),
    },
    {
      id: "redo",
      label: t("redo"),
      keys: "Ctrl+Shift+Z",
      disabled: !state.canRedo,
      run: () => chain().redo().run(),
    },
  ];

  function move(event: KeyboardEvent<HTMLDivElement>) {
    const last = tools.length - 1;
    const next =
      event.key === "ArrowRight"
        ? current === last
          ? 0
          : current + 1
        : event.key === "ArrowLeft"
          ? current === 0
            ? last
            : current - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  return (
    <div role="toolbar" aria-label={t("label")} className={styles.toolbar} onKeyDown={move}>
      {tools.map((tool, index) => (
        <Fragment key={tool.id}>
          <button
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={styles.toolButton}
            tabIndex={index === current ? 0 : -1}
            data-tool={tool.id}
            title={tool.keys ? `${tool.label} (${tool.keys})` : tool.label}
            aria-keyshortcuts={tool.keys ? ariaKeys(tool.keys) : undefined}
            aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
            aria-expanded={tool.panel ? openPanel === tool.panel : undefined}
            aria-controls={tool.panel && openPanel === tool.panel ? panelId : undefined}
            // Kept focusable when unavailable, so arrow-key navigation stays predictable.
            aria-disabled={tool.disabled || undefined}
            onFocus={() => setCurrent(index)}
            onClick={() => {
              if (!tool.disabled) tool.run();
            }}
          >
            {tool.label}
          </button>
          {tool.groupEnd && <span className={styles.toolSeparator} aria-hidden="true" />}
        </Fragment>
      ))}
    </div>
  );
}
