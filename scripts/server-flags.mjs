// Node flags for the production server process (scripts/serve.mjs start). package.json's start script
// spells the same flags out; the end-to-end tests and the benchmark start the server with these.
export const SERVER_NODE_FLAGS = ["--max-old-space-size=192"];
