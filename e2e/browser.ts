import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** CHROME_PATH, else Debian's chromium, else the npm @sparticuz/chromium (unpacked by global-setup). */
export function browserPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return path.join(os.tmpdir(), "chromium");
}
