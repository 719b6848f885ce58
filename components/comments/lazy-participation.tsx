"use client";

import dynamic from "next/dynamic";
import type { IslandProps } from "./participation-island";

// Reactions and comments sit below the article and load their own data anyway, so their code and
// the message runtime they need (next-intl) are fetched after the article has hydrated, not
// before: the article's own JavaScript stays what every other reader page loads. The slot keeps
// their height (globals.css) so nothing below them jumps.
const Island = dynamic(() => import("./participation-island").then((m) => m.ParticipationIsland), {
  ssr: false,
});

export function LazyParticipation(props: IslandProps) {
  return (
    <div className="participation-slot">
      <Island {...props} />
    </div>
  );
}
