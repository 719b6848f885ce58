import fs from "node:fs";
import { browserPath } from "./browser";

export default async function globalSetup() {
  if (fs.existsSync(browserPath())) return;
  // Pure-npm fallback for machines without a system Chromium: it unpacks into $TMPDIR/chromium.
  const { default: chromium } = await import("@sparticuz/chromium");
  await chromium.executablePath();
}
