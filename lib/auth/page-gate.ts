import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";

export type Gate<T> = { user: SessionUser; data: T };

/**
 * The one gate of every signed-in page (studio, desk, account): runs the page's loader for the
 * signed-in user. A visitor goes to log in and comes back to `path`; the verb's refusals become
 * pages: FORBIDDEN the 403 boundary (forbidden.tsx), NOT_FOUND the 404 page. The verb decides; this
 * only translates its answer.
 */
export async function pageGate<T>(
  path: string,
  load: (user: SessionUser) => Promise<T>,
): Promise<Gate<T>> {
  const user = await getSessionUser();
  const logIn = `/masuk?next=${encodeURIComponent(path)}`;
  if (!user) redirect(logIn);
  try {
    return { user, data: await load(user) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "FORBIDDEN") forbidden();
    if (error.code === "UNAUTHENTICATED") redirect(logIn);
    if (error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
