import { z } from "zod";
import { REACTIONS, type ReactionKindName } from "@/lib/reactions/reaction-kinds";

export const reactionInputSchema = z.object({
  kind: z.enum(REACTIONS.map((r) => r.kind) as [ReactionKindName, ...ReactionKindName[]], {
    error: "Pilih salah satu reaksi.",
  }),
});
