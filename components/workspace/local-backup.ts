import type { DraftFields } from "./draft-fields";

// A copy of unsaved work in the browser, so a crash, a closed tab or a lost connection loses nothing.
// It is written on every change and removed once the server has the same text.

export type LocalBackup = { baseVersion: number; savedAt: string; fields: DraftFields };

const keyOf = (articleId: string) => `warta:draf:${articleId}`;

export function readBackup(articleId: string): LocalBackup | null {
  try {
    const raw = window.localStorage.getItem(keyOf(articleId));
    return raw ? (JSON.parse(raw) as LocalBackup) : null;
  } catch {
    return null;
  }
}

export function writeBackup(articleId: string, backup: LocalBackup) {
  try {
    window.localStorage.setItem(keyOf(articleId), JSON.stringify(backup));
  } catch {
    // Storage full or disabled: the server copy and autosave still protect the work.
  }
}

export function clearBackup(articleId: string) {
  try {
    window.localStorage.removeItem(keyOf(articleId));
  } catch {
    // Nothing to clear.
  }
}
