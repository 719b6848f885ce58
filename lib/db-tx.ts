import type { Prisma } from "@/lib/db";

/** The client inside `db.$transaction(async (tx) => …)`, for helpers that take part in a verb's transaction. */
export type TxClient = Prisma.TransactionClient;
