import "server-only";
import { lookUpUserToken } from "@/lib/users/user-token";

/** Whether a password-reset link can still be used, for the page that shows its form. */
export async function checkResetLink(
  token: string,
): Promise<"valid" | "invalid" | "expired" | "used"> {
  return (await lookUpUserToken(token, "RESET_PASSWORD")).status;
}
