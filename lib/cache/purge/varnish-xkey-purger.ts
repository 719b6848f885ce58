import type { HttpCachePurger } from "@/lib/cache/purge/http-cache-purger";

/** Tags per PURGE request, so the header stays far below Varnish's limits (http_req_hdr_len 8 KB). */
const TAGS_PER_REQUEST = 100;

/**
 * Purges Varnish through deploy/varnish/warta.vcl: `PURGE /` with `xkey: <tags separated by
 * spaces>`, sent to every Varnish in `urls` (one per cache server). The VCL accepts it only from
 * the app's addresses.
 */
export class VarnishXkeyPurger implements HttpCachePurger {
  readonly name = "varnish-xkey";

  constructor(
    private readonly urls: string[],
    private readonly timeoutMs = 2000,
  ) {}

  async purge(tags: string[]): Promise<void> {
    const batches: string[][] = [];
    for (let i = 0; i < tags.length; i += TAGS_PER_REQUEST)
      batches.push(tags.slice(i, i + TAGS_PER_REQUEST));
    const results = await Promise.allSettled(
      this.urls.flatMap((url) => batches.map((batch) => this.send(url, batch))),
    );
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed.length)
      throw new Error(failed.map((f) => (f.reason as Error)?.message ?? f.reason).join("; "));
  }

  private async send(url: string, tags: string[]): Promise<void> {
    const response = await fetch(new URL("/", url), {
      method: "PURGE",
      headers: { xkey: tags.join(" ") },
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`${url} answered ${response.status} to PURGE`);
  }
}
