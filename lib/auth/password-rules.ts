import "server-only";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

let common: Set<string> | undefined;

// Read once per process: the list is small (a few hundred lines) and never changes at run time.
function commonPasswords(): Set<string> {
  if (!common) {
    const text = fs.readFileSync(path.join(process.cwd(), "lib/auth/common-passwords.txt"), "utf8");
    common = new Set(
      text
        .split("\n")
        .map((line) => line.trim().toLowerCase())
        .filter((line) => line && !line.startsWith("#")),
    );
  }
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}

/** The rule for every new password (sign-up, reset): 8–128 characters and not a well-known one. */
export const newPasswordSchema = z
  .string({ error: "Isi kata sandi." })
  .min(8, "Kata sandi minimal 8 karakter.")
  .max(128, "Kata sandi maksimal 128 karakter.")
  .refine(
    (password) => !isCommonPassword(password),
    "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.",
  );
