import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isSameOrigin } from "@/lib/auth/same-origin";

/**
 * The one CSRF check of every state-changing route handler (server actions have Next's own check
 * of the same headers). Throws FORBIDDEN for a request another site made the browser send.
 */
export function assertSameOrigin(request: Request): void {
  if (!isSameOrigin(request.headers, env.SITE_URL))
    throw new AppError("FORBIDDEN", "Permintaan ditolak. Muat ulang halaman lalu coba lagi.");
}
