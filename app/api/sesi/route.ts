// GET /api/sesi – who is signed in, for the account menu in the (statically cached) site header.
// Unlike next-auth's /api/auth/session it checks the session version and suspension in the database.
import { getSessionUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getSessionUser();
  const body = user
    ? {
        user: {
          name: user.displayName,
          username: user.username,
          role: user.role,
          emailVerified: Boolean(user.emailVerifiedAt),
        },
      }
    : { user: null };
  return Response.json(body, { headers: { "cache-control": "private, no-store" } });
}
