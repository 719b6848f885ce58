import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";

export type Gate<T> = { user: SessionUser; data: T };

/**
 * Runs a desk page's loader for the signed-in user. Anonymous visitors go to log in and come back;
 * a refusal from the verb (FORBIDDEN) answers 403 with app/(desk)/forbidden.tsx; NOT_FOUND becomes
 * the 404 page. The verb decides; this only translates its answer.
 */
export async function deskGate<T>(
  path: string,
  load: (user: SessionUser) => Promise<T>,
): Promise<Gate<T>> {
  const user = await getSessionUser();
  if (!user) redirect(`/masuk?next=${encodeURIComponent(path)}`);
  try {
    return { user, data: await load(user) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "FORBIDDEN") forbidden();
    if (error.code === "UNAUTHENTICATED") redirect(`/masuk?next=${encodeURIComponent(path)}`);
    if (error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
