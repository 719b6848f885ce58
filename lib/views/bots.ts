import { isbot } from "isbot";

// Non-human clients: their requests never count as views. `isbot` is a maintained list of crawler
// and tool user agents; the pattern adds what it leaves out and this project meets (load tools,
// Playwright's "HeadlessChrome", so e2e page loads are not counted either). Shared with the page layer.
export const BOT_USER_AGENT = /bot|crawl|spider|slurp|headless|lighthouse|curl|wget|autocannon/i;

/** True for a bot user agent, and for a missing one (browsers always send it). */
export function isBotUserAgent(userAgent: string | null | undefined) {
  return !userAgent?.trim() || isbot(userAgent) || BOT_USER_AGENT.test(userAgent);
}
