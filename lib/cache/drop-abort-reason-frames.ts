/**
 * Makes every `AbortController#abort(reason)` turn its reason's stack into text before aborting.
 *
 * Why: V8 keeps an Error's stack as live frames (each frame's function and receiver) until
 * something reads `.stack`. React aborts each render's cache signal with a fresh Error when the
 * render completes, and Next aborts several controllers per ISR render, all from inside
 * `setImmediate` callbacks; nobody ever reads those reasons' stacks. A kept frame's receiver is
 * the `Immediate` it ran on, which carries the render's AsyncLocalStorage store and still links to
 * the other Immediates of its queue, so under a steady stream of cache misses every finished
 * render stays reachable from the renders still running. Measured at a million articles (bench/
 * README.md, "Crawl memory"): 16 concurrent distinct article URLs ran the 192 MB heap out after
 * 500–5,000 pages; with the reasons' stacks read, a crawl keeps a flat heap.
 * Upstream: vercel/next.js#97434, react/react#37289 (not released in Next 16.4.6 / React 19.3.1).
 *
 * A bare `abort()` gets the same DOMException Node would make, created here so its stack can be
 * read too. Reading a stack costs microseconds; a render aborts a handful of controllers.
 */
const INSTALLED = Symbol.for("warta.dropAbortReasonFrames");

export function dropAbortReasonFrames(): void {
  const prototype = AbortController.prototype as AbortController & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  const abort = prototype.abort;
  prototype.abort = function abortWithTextStack(this: AbortController, reason?: unknown) {
    const given =
      reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
    if (given instanceof Error || given instanceof DOMException) void given.stack;
    return abort.call(this, given);
  };
  Object.defineProperty(prototype, INSTALLED, { value: true });
}
