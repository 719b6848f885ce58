// The schema's enums as the rest of the code names them: app/ and components may not import the
// generated Prisma client (eslint.config.mjs), but they may say which role or status they show.
export type { ArticleStatus, Role, WriterTier } from "@/lib/generated/prisma/enums";
