import { tooManyAttemptsMessage } from "@/lib/rate-limit/policy";

// The log-in page's ?error= values (next-auth's endpoint) and ?galat= values (the no-script form of
// POST /api/sesi/masuk), and what the page says for each: a throttle always says so, with the wait.

export const SUSPENDED_ERROR_PARAM = "nonaktif";
const THROTTLED_PREFIX = "terlalu-banyak:";

export function throttledErrorParam(retryAfterSeconds: number): string {
  return `${THROTTLED_PREFIX}${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

export function logInErrorMessage(
  reason: string | undefined,
  minutes: string | undefined,
): string | undefined {
  if (!reason) return undefined;
  if (reason.startsWith(THROTTLED_PREFIX))
    return tooManyAttemptsMessage(Number(reason.slice(THROTTLED_PREFIX.length)) || 900);
  switch (reason) {
    case "salah":
    case "CredentialsSignin":
      return "Email atau kata sandi salah.";
    case "kosong":
      return "Isi email dan kata sandi Anda.";
    case SUSPENDED_ERROR_PARAM:
      return "Akun ini sedang dinonaktifkan. Hubungi redaksi Warta.";
    case "terlalu-banyak":
      return `Terlalu banyak percobaan. Coba lagi dalam ${Math.max(1, Number(minutes) || 15)} menit.`;
    default:
      return "Gagal masuk. Coba lagi.";
  }
}
