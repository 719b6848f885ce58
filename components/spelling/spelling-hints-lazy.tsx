"use client";

import dynamic from "next/dynamic";

/** The spelling panel in its own chunk, loaded after the editor; the dictionary loads in a worker. */
export const SpellingHintsLazy = dynamic(
  () => import("./spelling-hints").then((m) => m.SpellingHints),
  { ssr: false },
);
