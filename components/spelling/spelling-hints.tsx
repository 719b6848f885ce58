"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { checkableWords } from "@/lib/spelling/extract-words";
import { spellingKey, spellingPlugin } from "@/lib/spelling/spelling-plugin";
import type { SpellingHint, SpellingResponse } from "@/lib/spelling/spelling-worker";
import styles from "./spelling-hints.module.css";

const CHECK_DELAY_MS = 500;

const matchCase = (word: string, replacement: string) =>
  word[0] === word[0].toUpperCase()
    ? replacement[0].toUpperCase() + replacement.slice(1)
    : replacement;

/** Replaces every occurrence of `word` (as a whole word) in the document, in one undoable step. */
function replaceAll(editor: Editor, word: string, replacement: string) {
  const ranges: { from: number; to: number }[] = [];
  const pattern = new RegExp(
    `(?<![\\p{L}-])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}-])`,
    "gu",
  );
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return;
    for (const match of node.text.matchAll(pattern)) {
      const from = pos + (match.index ?? 0);
      ranges.push({ from, to: from + word.length });
    }
  });
  const tr = editor.state.tr;
  for (const range of ranges.reverse())
    tr.insertText(matchCase(word, replacement), range.from, range.to);
  editor.view.dispatch(tr);
}

/**
 * Indonesian spelling hints for the editor: unknown words and common non-standard forms are
 * underlined in the text and listed with suggestions. Advisory only; nothing here blocks saving or
 * submitting. The checker lives in a Web Worker that loads the dictionary on first use.
 */
export function SpellingHints({ editor }: { editor: Editor }) {
  const t = useTranslations("editor.spelling");
  const [hints, setHints] = useState<SpellingHint[]>([]);
  const [status, setStatus] = useState<"loading" | "ready" | "error">("loading");
  const [ignored, setIgnored] = useState<Set<string>>(() => new Set());
  const latest = useRef(0);

  useEffect(() => {
    editor.registerPlugin(spellingPlugin(styles.flag));
    const worker = new Worker(new URL("../../lib/spelling/spelling-worker.ts", import.meta.url), {
      type: "module",
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    worker.onmessage = (event: MessageEvent<SpellingResponse>) => {
      const data = event.data;
      if (!("hints" in data)) setStatus("error");
      else if (data.id === latest.current) {
        setStatus("ready");
        setHints(data.hints);
      }
    };
    const send = () => {
      latest.current += 1;
      worker.postMessage({
        id: latest.current,
        words: checkableWords(editor.getText({ blockSeparator: "\n" })),
      });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(send, CHECK_DELAY_MS);
    };
    send();
    editor.on("update", schedule);
    return () => {
      editor.off("update", schedule);
      clearTimeout(timer);
      worker.terminate();
      if (!editor.isDestroyed) editor.unregisterPlugin(spellingKey);
    };
  }, [editor]);

  const flaggedKey = useRef("");
  useEffect(() => {
    if (editor.isDestroyed) return;
    const shownHints = hints.filter((h) => !ignored.has(h.word));
    // Only a changed set is sent to the editor: a needless transaction would re-render node views.
    const key = JSON.stringify(shownHints.map((h) => [h.word, h.suggestions]));
    if (key === flaggedKey.current) return;
    flaggedKey.current = key;
    const flagged = new Map(shownHints.map((h) => [h.word, h.suggestions]));
    editor.view.dispatch(
      editor.state.tr.setMeta(spellingKey, flagged).setMeta("addToHistory", false),
    );
  }, [editor, hints, ignored]);
  const shown = hints.filter((h) => !ignored.has(h.word));

  return (
    <section className={styles.panel} aria-labelledby="spelling-title">
      <h2 id="spelling-title" className={styles.title}>
        {t("title")}
        {status === "ready" && shown.length > 0 && (
          <span className={styles.count}> ({shown.length})</span>
        )}
      </h2>
      <div aria-live="polite">
        {status === "loading" && <p className={styles.muted}>{t("loading")}</p>}
        {status === "error" && <p className={styles.muted}>{t("failed")}</p>}
        {status === "ready" && shown.length === 0 && <p className={styles.muted}>{t("none")}</p>}
      </div>
      {status === "ready" && shown.length > 0 && (
        <ul className={styles.list}>
          {shown.map((hint) => (
            <li key={hint.word}>
              <span className={styles.word}>{hint.word}</span>
              {hint.nonstandard && <span className={styles.tag}>{t("nonstandard")}</span>}
              <span className={styles.actions}>
                {hint.suggestions.length === 0 && (
                  <span className={styles.muted}>{t("noSuggestion")}</span>
                )}
                {hint.suggestions.map((s) => (
                  <button
                    key={s}
                    type="button"
                    className={styles.suggestion}
                    onClick={() => replaceAll(editor, hint.word, s)}
                    aria-label={t("replace", { word: hint.word, suggestion: s })}
                  >
                    {s}
                  </button>
                ))}
                <button
                  type="button"
                  className={styles.ignore}
                  onClick={() => setIgnored((set) => new Set(set).add(hint.word))}
                  aria-label={t("ignoreLabel", { word: hint.word })}
                >
                  {t("ignore")}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.note}>{t("note")}</p>
    </section>
  );
}
