import { can, type Actor } from "@/lib/auth/can";
import type { ArticleRef } from "@/lib/articles/policy";

export type SchedulingEditor = Actor & { displayName: string };

/**
 * Why a scheduled article may not go out as the editor who scheduled it, or null when it may. The
 * decision is can()'s ("article:publish", as when the editor publishes by hand); the words say
 * which change took that right away, for the desk's scheduled list.
 */
export function scheduleHold(editor: SchedulingEditor | null, article: ArticleRef): string | null {
  if (!editor) return "Ditahan: akun editor yang menjadwalkannya sudah tidak ada.";
  if (can(editor, "article:publish", article)) return null;
  if (editor.suspendedAt) return `Ditahan: ${editor.displayName} sedang dinonaktifkan.`;
  if (editor.role === "WRITER") return `Ditahan: ${editor.displayName} tidak lagi berperan editor.`;
  return `Ditahan: ${editor.displayName} tidak lagi berhak menerbitkan.`;
}

/** What scheduleHold needs to know about the scheduling editor (a Prisma select). */
export const schedulingEditorSelect = {
  id: true,
  role: true,
  tier: true,
  suspendedAt: true,
  displayName: true,
} as const;
