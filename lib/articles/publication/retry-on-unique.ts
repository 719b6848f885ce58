import "server-only";
import { Prisma } from "@/lib/db";

/**
 * Runs a transaction again when it lost a race on a unique index (two articles taking the same slug
 * at the same moment): the rolled-back attempt left nothing behind, and the next one sees the winner.
 */
export async function retryOnUnique<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const unique =
        error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!unique || attempt >= attempts) throw error;
    }
  }
}
