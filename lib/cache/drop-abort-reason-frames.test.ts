import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { dropAbortReasonFrames } from "./drop-abort-reason-frames";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * A render in miniature: its payload is reachable only from the closure that aborts the render's
 * controller, so the payload lives on exactly as long as the abort reason's stack frames do.
 */
function renderKeepingOnlyTheSignal(reason: () => unknown) {
  const payload = { html: "x".repeat(1_000_000) };
  const controller = new AbortController();
  const finish = () => {
    controller.abort(reason());
    return payload.html.length;
  };
  finish();
  return { signal: controller.signal, payload: new WeakRef(payload) };
}

async function collected(ref: WeakRef<object>) {
  // WeakRefs are cleared only after the job that observed them ends.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  return ref.deref() === undefined;
}

describe("dropAbortReasonFrames", () => {
  it("lets a finished render's memory go although its aborted signal is still held", async () => {
    const unpatched = renderKeepingOnlyTheSignal(() => new Error("render completed"));
    // The premise: without the patch the reason's frames pin the payload.
    expect(await collected(unpatched.payload)).toBe(false);

    dropAbortReasonFrames();
    dropAbortReasonFrames(); // idempotent: a second install must not wrap twice
    const withError = renderKeepingOnlyTheSignal(() => new Error("render completed"));
    const bare = renderKeepingOnlyTheSignal(() => undefined);
    expect(await collected(withError.payload)).toBe(true);
    expect(await collected(bare.payload)).toBe(true);
    expect(withError.signal.reason).toBeInstanceOf(Error);
    expect((withError.signal.reason as Error).message).toBe("render completed");
    expect(bare.signal.reason).toBeInstanceOf(DOMException);
    expect((bare.signal.reason as DOMException).name).toBe("AbortError");
    void unpatched.signal;
  });
});
