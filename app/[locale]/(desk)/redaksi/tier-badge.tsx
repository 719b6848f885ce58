import { useTranslations } from "next-intl";
import { VerifiedBadge } from "@/components/site/verified-badge";
import type { WriterTier } from "@/lib/enums";

/** The writer's standing next to their name: new members deserve a closer read. */
export function TierBadge({ tier }: { tier: WriterTier }) {
  const t = useTranslations("desk.tier");
  if (tier === "VERIFIED") return <VerifiedBadge />;
  return <span className="tier-badge">{t(tier)}</span>;
}
