import { VerifiedBadge } from "@/components/site/verified-badge";
import { TIER_LABELS } from "@/lib/format/wait-label";
import type { WriterTier } from "@/lib/enums";

/** The writer's standing next to their name: new members deserve a closer read. */
export function TierBadge({ tier }: { tier: WriterTier }) {
  if (tier === "VERIFIED") return <VerifiedBadge />;
  return <span className="tier-badge">{TIER_LABELS[tier]}</span>;
}
