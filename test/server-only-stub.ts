// Vitest stand-in for the `server-only` package: the real one throws outside React Server
// Components, and domain modules import it to keep themselves out of client bundles.
export {};
