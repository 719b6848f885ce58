// The production server for the scale benchmark: Next's request handler in this process, as
// scripts/serve.mjs serves it, but against the DATABASE_URL and NEXT_DIST_DIR it is given and without
// serve.mjs's migrate/seed/rebuild-on-another-database steps (bench/scale.mjs does those once).
//   DATABASE_URL=… NEXT_DIST_DIR=.next-scale PORT=… node --max-old-space-size=192 bench/scale-server.mjs
import http from "node:http";
import { clientAddress } from "../scripts/client-address.mjs";
import { SingleValueResponse } from "../scripts/single-value-response.mjs";

const port = Number(process.env.PORT);
Object.assign(process.env, { NODE_ENV: "production" });
const { default: createNextApp } = await import("next");
const app = createNextApp({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();
const server = http.createServer({ ServerResponse: SingleValueResponse }, (request, response) => {
  request.headers["x-forwarded-for"] = clientAddress(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    "0",
  );
  return handle(request, response);
});
server.listen(port, "127.0.0.1", () => console.log(`[scale-server] ready on ${port}`));
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
