import "server-only";
import { REVALIDATE_SECRET_HEADER, revalidateSecret } from "@/lib/scheduler/revalidate-secret";

/** Asks this server (over loopback) to revalidate reader-page tags; true when it did. */
export async function requestRevalidation(origin: string, tags: string[]): Promise<boolean> {
  try {
    const response = await fetch(new URL("/api/internal/revalidate", origin), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [REVALIDATE_SECRET_HEADER]: revalidateSecret(),
      },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) console.error(`[scheduler] revalidation answered ${response.status}`);
    return response.ok;
  } catch (error) {
    console.error(
      "[scheduler] revalidation request failed:",
      error instanceof Error ? error.message : error,
    );
    return false;
  }
}
