import type { Editor } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { z } from "zod";
import styles from "./article-editor.module.css";
import { closeOnEscape } from "./close-on-escape";
import { insertBlockAtom } from "./insert-block";

type ReadAlsoPickerProps = {
  editor: Editor;
  id: string;
  onClose: (inserted: boolean) => void;
};

const lookupAnswer = z.object({
  results: z.array(z.object({ id: z.string(), title: z.string(), url: z.string() })),
  message: z.string().optional(),
});
type Result = z.infer<typeof lookupAnswer>["results"][number];

type Search =
  | { phase: "idle" }
  | { phase: "searching" }
  | { phase: "done"; results: Result[]; message?: string }
  | { phase: "failed"; message: string };

const MIN_LENGTH = 2;

/** The server's own message (already in the writer's language), else a key of ours by status. */
function failureMessage(
  status: number,
  body: unknown,
  t: (key: "sessionEnded" | "failed") => string,
) {
  const message =
    typeof body === "object" && body !== null ? (body as { message?: unknown }).message : undefined;
  if (typeof message === "string" && message) return message;
  return t(status === 401 ? "sessionEnded" : "failed");
}

/** Search box for a published article to point to with a "Baca Juga" box (GET /api/articles/lookup). */
export function ReadAlsoPicker({ editor, id, onClose }: ReadAlsoPickerProps) {
  const t = useTranslations("editor.readAlso");
  const tEditor = useTranslations("editor");
  const inputId = useId();
  const statusId = useId();
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef<{
    timer: ReturnType<typeof setTimeout>;
    controller: AbortController;
  } | null>(null);
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState<Search>({ phase: "idle" });

  useEffect(() => {
    input.current?.focus();
    return () => {
      if (pending.current) {
        clearTimeout(pending.current.timer);
        pending.current.controller.abort();
      }
    };
  }, []);

  async function run(q: string, signal: AbortSignal) {
    setSearch({ phase: "searching" });
    try {
      const response = await fetch(`/api/articles/lookup?q=${encodeURIComponent(q)}`, {
        signal,
        headers: { accept: "application/json" },
      });
      const body: unknown = await response.json().catch(() => null);
      const parsed = lookupAnswer.safeParse(body);
      if (!response.ok || !parsed.success) {
        setSearch({ phase: "failed", message: failureMessage(response.status, body, t) });
        return;
      }
      setSearch({ phase: "done", results: parsed.data.results, message: parsed.data.message });
    } catch {
      if (!signal.aborted) setSearch({ phase: "failed", message: t("offline") });
    }
  }

  function change(value: string) {
    setQuery(value);
    if (pending.current) {
      clearTimeout(pending.current.timer);
      pending.current.controller.abort();
      pending.current = null;
    }
    const q = value.trim();
    if (q.length < MIN_LENGTH) {
      setSearch({ phase: "idle" });
      return;
    }
    // Debounced: one request when the writer pauses typing, the previous one cancelled.
    const controller = new AbortController();
    pending.current = { controller, timer: setTimeout(() => void run(q, controller.signal), 250) };
  }

  function pick(result: Result) {
    insertBlockAtom(editor, {
      type: "readAlso",
      attrs: { articleId: result.id, title: result.title },
    });
    onClose(true);
  }

  const status =
    search.phase === "searching"
      ? t("searching")
      : search.phase === "failed"
        ? search.message
        : search.phase === "done"
          ? (search.message ??
            (search.results.length ? t("found", { count: search.results.length }) : t("none")))
          : t("prompt", { min: MIN_LENGTH });

  return (
    <div
      id={id}
      role="group"
      aria-label={t("label")}
      className={styles.panel}
      onKeyDown={closeOnEscape(onClose)}
    >
      <label htmlFor={inputId}>{t("search")}</label>
      <input
        ref={input}
        id={inputId}
        type="search"
        autoComplete="off"
        value={query}
        aria-describedby={statusId}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          // Enter would submit nothing useful; it jumps to the first result instead.
          if (event.key === "Enter" || event.key === "ArrowDown") {
            event.preventDefault();
            document.getElementById(id)?.querySelector<HTMLButtonElement>("li button")?.focus();
          }
        }}
      />
      <p
        id={statusId}
        role="status"
        className={search.phase === "failed" ? styles.error : styles.hint}
      >
        {status}
      </p>
      {search.phase === "done" && search.results.length > 0 && (
        <ul className={styles.results} aria-label={t("results")}>
          {search.results.map((result) => (
            <li key={result.id}>
              <button type="button" onClick={() => pick(result)}>
                {result.title}
                <span className={styles.resultUrl}>{result.url}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.panelActions}>
        <button type="button" className={styles.secondary} onClick={() => onClose(false)}>
          {tEditor("cancel")}
        </button>
      </div>
    </div>
  );
}
