/** Requests one client address may make to the public API per window. */
export const API_RATE_LIMIT = 120;
export const API_WINDOW_SECONDS = 60;
