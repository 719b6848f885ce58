"use client";

import { useCallback, useEffect, useState } from "react";
import type { ArticleComments } from "@/lib/comments/public-comment";
import type { CommentViewer } from "@/lib/comments/get-comment-viewer";
import { commentsPath } from "./api";

export type Participation = {
  thread: ArticleComments | null | "error";
  viewer: CommentViewer | null;
  reload: () => void;
};

/**
 * The public thread (cached, the same for everyone) and this reader's own state (never cached) are
 * fetched apart, so the shared answer never carries anything personal.
 */
export function useParticipation(articleId: string): Participation {
  const [thread, setThread] = useState<ArticleComments | null | "error">(null);
  const [viewer, setViewer] = useState<CommentViewer | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const get = (path: string, cache: RequestCache) =>
      fetch(path, { credentials: "same-origin", cache, signal: controller.signal }).then(
        (response) => (response.ok ? response.json() : Promise.reject(response.status)),
      );
    get(commentsPath(articleId), round === 0 ? "default" : "no-cache")
      .then((body: ArticleComments) => setThread(body))
      .catch(() => {
        if (!controller.signal.aborted) setThread("error");
      });
    get(commentsPath(articleId, "me"), "no-store")
      .then((body: CommentViewer) => setViewer(body))
      .catch(() => undefined);
    return () => controller.abort();
  }, [articleId, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { thread, viewer, reload };
}
