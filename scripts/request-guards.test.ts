import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EDGE_BODY_LIMIT_BYTES, refuseOversizedBody } from "./request-guards.mjs";

describe("the server's edge", () => {
  it("answers 413 from Content-Length alone above the largest limit of any route", async () => {
    const server = http.createServer((request, response) => {
      if (refuseOversizedBody(request, response)) return;
      response.end("lewat");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const post = (length: number) =>
      new Promise<number>((resolve, reject) => {
        const request = http.request({
          port,
          host: "127.0.0.1",
          method: "POST",
          headers: { "content-length": String(length) },
        });
        request.on("response", (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
          request.destroy();
        });
        request.on("error", (error) => (request.destroyed ? undefined : reject(error)));
        // Headers only: the answer must not wait for the body.
        request.flushHeaders();
      });
    try {
      expect(await post(EDGE_BODY_LIMIT_BYTES + 1)).toBe(413);
      expect(await post(150 * 1024 * 1024)).toBe(413);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it("keeps the process alive after an uncaught error and an unhandled rejection", async () => {
    const script = `
      import { keepServingAfterUncaughtErrors } from ${JSON.stringify(path.resolve("scripts/request-guards.mjs"))};
      keepServingAfterUncaughtErrors((m) => console.error(m.split("\\n")[0]));
      setTimeout(() => { throw new Error("satu permintaan gagal"); }, 10);
      setTimeout(() => Promise.reject(new Error("janji ditolak")), 20);
      setTimeout(() => console.log("masih hidup"), 100);`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script]);
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(out).toContain("masih hidup");
    expect(err).toContain("satu permintaan gagal");
    expect(err).toContain("janji ditolak");
    expect(code).toBe(0);
  });
});
