// Obvious non-human clients: their requests never count as views. Shared with the page layer.
// (Playwright's headless Chromium says "HeadlessChrome", so e2e page loads are not counted either.)
export const BOT_USER_AGENT = /bot|crawl|spider|slurp|headless|lighthouse|curl|wget|autocannon/i;

/** True for a bot user agent, and for a missing one (browsers always send it). */
export function isBotUserAgent(userAgent: string | null | undefined) {
  return !userAgent?.trim() || BOT_USER_AGENT.test(userAgent);
}
