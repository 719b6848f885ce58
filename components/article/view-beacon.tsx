"use client";

import { useEffect } from "react";

/** Tells the server a person read the article, after the page is shown; no cookies involved. */
export function ViewBeacon({ articleId }: { articleId: string }) {
  useEffect(() => {
    const url = `/api/views/${encodeURIComponent(articleId)}`;
    if (!navigator.sendBeacon?.(url))
      void fetch(url, { method: "POST", keepalive: true }).catch(() => undefined);
  }, [articleId]);
  return null;
}
