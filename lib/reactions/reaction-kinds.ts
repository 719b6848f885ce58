// The five reactions, in the order the article shows them.
export const REACTIONS = [
  { kind: "SUKA", label: "Suka" },
  { kind: "TERINSPIRASI", label: "Terinspirasi" },
  { kind: "SEDIH", label: "Sedih" },
  { kind: "MARAH", label: "Marah" },
  { kind: "LUCU", label: "Lucu" },
] as const;

export type ReactionKindName = (typeof REACTIONS)[number]["kind"];
