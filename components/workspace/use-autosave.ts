"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { EditableArticle } from "@/lib/articles/editable-article";
import { saveRequestOf, type DraftFields } from "./draft-fields";
import { clearBackup, writeBackup } from "./local-backup";

export type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "retrying"; cause: "server" | "network"; seconds: number }
  /** `message`: the server's reason, already in the writer's language (SaveStatus has a fallback). */
  | { kind: "invalid"; message?: string; fieldErrors?: Record<string, string[]> }
  | { kind: "conflict"; current: EditableArticle; savedBy: string | null };

const AUTOSAVE_DELAY_MS = 2500;

/** A 5xx answer: retried like a network failure. Any 4xx is the save's own fault and is not. */
class ServerTrouble extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}
const RETRY_DELAYS_MS = [3000, 6000, 12000, 30000];

/**
 * Saves a few seconds after typing stops, when the page is hidden or left (as a beacon), and retries
 * with back-off when the network fails. Every save names the version it started from.
 */
export function useAutosave(articleId: string, initialVersion: number, fields: DraftFields) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const version = useRef(initialVersion);
  const latest = useRef(fields);
  const savedFields = useRef<DraftFields | null>(fields);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempt = useRef(0);
  const inFlight = useRef(false);
  const url = `/api/studio/articles/${encodeURIComponent(articleId)}`;
  // Timers call the latest save through this ref, so a save can schedule the next one.
  const saveRef = useRef<() => Promise<void>>(async () => undefined);
  const schedule = useCallback((delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), delay);
  }, []);

  const isDirty = () => savedFields.current !== latest.current;

  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current || !isDirty()) return;
    inFlight.current = true;
    const sending = latest.current;
    setState({ kind: "saving" });
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(saveRequestOf(sending, version.current)),
      });
      const payload = await response.json().catch(() => ({}));
      if (response.ok) {
        version.current = payload.version;
        savedFields.current = sending;
        attempt.current = 0;
        if (sending === latest.current) clearBackup(articleId);
        setState({ kind: "saved", at: payload.savedAt });
      } else if (response.status === 409) {
        setState({ kind: "conflict", current: payload.current, savedBy: payload.savedBy ?? null });
      } else if (response.status >= 400 && response.status < 500) {
        setState({
          kind: "invalid",
          message: typeof payload.message === "string" ? payload.message : undefined,
          fieldErrors: payload.fieldErrors,
        });
      } else {
        throw new ServerTrouble(response.status);
      }
    } catch (error) {
      // Only a network failure or a 5xx is worth retrying; the text stays in this browser meanwhile.
      const delay = RETRY_DELAYS_MS[Math.min(attempt.current, RETRY_DELAYS_MS.length - 1)];
      attempt.current += 1;
      setState({
        kind: "retrying",
        cause: error instanceof ServerTrouble ? "server" : "network",
        seconds: delay / 1000,
      });
      schedule(delay);
    } finally {
      inFlight.current = false;
    }
    // Typing during the request: save that too.
    if (isDirty() && latest.current !== sending) schedule(AUTOSAVE_DELAY_MS);
  }, [articleId, url, schedule]);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Every change: keep a local copy at once, save after a pause.
  useEffect(() => {
    latest.current = fields;
    if (savedFields.current === fields) return;
    writeBackup(articleId, {
      baseVersion: version.current,
      savedAt: new Date().toISOString(),
      fields,
    });
    setState((current) => (current.kind === "conflict" ? current : { kind: "dirty" }));
    schedule(AUTOSAVE_DELAY_MS);
  }, [articleId, fields, schedule]);

  // Leaving or hiding the page: send what is unsaved without waiting for an answer.
  useEffect(() => {
    const flush = () => {
      if (!isDirty()) return;
      const blob = new Blob([JSON.stringify(saveRequestOf(latest.current, version.current))], {
        type: "application/json",
      });
      navigator.sendBeacon?.(url, blob);
    };
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isDirty()) event.preventDefault();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("beforeunload", onBeforeUnload);
      clearTimeout(timer.current);
    };
  }, [url]);

  /** After a conflict: continue from the server's version (keep mine → save over it; take theirs → adopt it). */
  const resolveConflict = useCallback(
    (serverVersion: number, adopted: DraftFields | null) => {
      version.current = serverVersion;
      if (adopted) {
        savedFields.current = adopted;
        latest.current = adopted;
        clearBackup(articleId);
        setState({ kind: "idle" });
      } else {
        savedFields.current = null;
        void save();
      }
    },
    [articleId, save],
  );

  /** Restoring a browser copy: it is based on the version it was typed against, so a newer server copy conflicts. */
  const restoreFrom = useCallback((baseVersion: number) => {
    version.current = baseVersion;
  }, []);

  return { state, version, saveNow: save, resolveConflict, restoreFrom, isDirty };
}
