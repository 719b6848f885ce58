import { z } from "zod";

/** `{ userId }` as the desk's people forms send it; the verb answers NOT_FOUND for an unknown id. */
export const userRefSchema = z.object({ userId: z.string().min(1).max(64) });
