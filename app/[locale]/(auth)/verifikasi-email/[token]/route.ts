import { verifyEmail } from "@/lib/users/verify-email";

// Opening the emailed link is the verification (the link proves its holder reads the mailbox). The
// write happens here, in a route handler, never while a page renders; the browser is then sent to
// the outcome's page, so the token also leaves the address bar (and every Referer after it).
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const outcome = await verifyEmail((await params).token);
  return new Response(null, {
    status: 303,
    headers: { location: `/verifikasi-email/hasil/${outcome}`, "cache-control": "no-store" },
  });
}
