import "server-only";
import { notFound, redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";

export type Gate<T> = { ok: true; user: SessionUser; data: T } | { ok: false };

/**
 * Runs a desk page's loader for the signed-in user. Anonymous visitors go to log in and come back;
 * a refusal from the verb (FORBIDDEN) becomes `{ ok: false }` for the page to render <DeskRefusal />;
 * NOT_FOUND becomes the 404 page. The verb decides; this only translates its answer.
 */
export async function deskGate<T>(path: string, load: (user: SessionUser) => Promise<T>): Promise<Gate<T>> {
  const user = await getSessionUser();
  if (!user) redirect(`/masuk?next=${encodeURIComponent(path)}`);
  try {
    return { ok: true, user, data: await load(user) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "FORBIDDEN") return { ok: false };
    if (error.code === "UNAUTHENTICATED") redirect(`/masuk?next=${encodeURIComponent(path)}`);
    if (error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
