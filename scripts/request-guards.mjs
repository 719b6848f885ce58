// What the server's edge (scripts/serve.mjs) does before Next sees a request or after a request
// goes wrong, kept out of serve.mjs so its request handler stays readable.

/**
 * Above the largest body any route accepts (an upload: 10 MB image plus multipart framing), a
 * request is answered 413 from its Content-Length alone. Route handlers and server actions have
 * their own, smaller limits that they enforce while the body streams (lib/http/read-json-body.ts,
 * next.config.js serverActions.bodySizeLimit); this one also covers paths that have none.
 */
export const EDGE_BODY_LIMIT_BYTES = 12 * 1024 * 1024;

/** Answers 413 and returns true when the declared body is too large for any route. */
export function refuseOversizedBody(request, response) {
  const declared = Number(request.headers["content-length"] ?? "0");
  if (!(declared > EDGE_BODY_LIMIT_BYTES)) return false;
  // The rest of the body is read and dropped by Node, so the client sees the answer, not a reset.
  response.writeHead(413, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(
    JSON.stringify({ error: "PAYLOAD_TOO_LARGE", message: "Data yang dikirim terlalu besar." }),
  );
  return true;
}

/**
 * One request's uncaught error must never end the process that serves everyone else (and owns the
 * database): log it and keep serving. Next already answers 500 for errors inside a request; this
 * catches what escapes it (an emitter without an error listener, a rejected promise nobody awaits).
 */
export function keepServingAfterUncaughtErrors(log) {
  process.on("uncaughtException", (error) => {
    log(`uncaught error (the server keeps running): ${error?.stack ?? error}`);
  });
  process.on("unhandledRejection", (reason) => {
    log(`unhandled rejection (the server keeps running): ${reason?.stack ?? reason}`);
  });
}
