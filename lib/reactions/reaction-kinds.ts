import { z } from "zod";

// The five reactions, in the order the article shows them.
export const REACTIONS = [
  { kind: "SUKA", label: "Suka", emoji: "👍" },
  { kind: "TERINSPIRASI", label: "Terinspirasi", emoji: "💡" },
  { kind: "SEDIH", label: "Sedih", emoji: "😢" },
  { kind: "MARAH", label: "Marah", emoji: "😠" },
  { kind: "LUCU", label: "Lucu", emoji: "😄" },
] as const;

export type ReactionKindName = (typeof REACTIONS)[number]["kind"];

export const reactionInputSchema = z.object({
  kind: z.enum(REACTIONS.map((r) => r.kind) as [ReactionKindName, ...ReactionKindName[]], {
    error: "Pilih salah satu reaksi.",
  }),
});
