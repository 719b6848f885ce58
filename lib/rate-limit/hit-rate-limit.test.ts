import { beforeEach, describe, expect, it } from "vitest";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { forgiveRateLimit } from "@/lib/rate-limit/forgive-rate-limit";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { throttleKey } from "@/lib/rate-limit/policy";
import { resetDatabase } from "@/test/factories";

beforeEach(resetDatabase);

describe("hitRateLimit", () => {
  it("lets exactly five of many concurrent attempts through (atomic increment)", async () => {
    const key = throttleKey("login", "email", "serbu@example.test");
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => hitRateLimit([key])));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
  });

  it("gives an attempt back on refund and a fresh start on reset", async () => {
    const key = throttleKey("signup", "ip", "203.0.113.1");
    for (let i = 0; i < 5; i++) await hitRateLimit([key]);
    await forgiveRateLimit({ refund: [key] });
    await hitRateLimit([key]);
    await expect(hitRateLimit([key])).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    await forgiveRateLimit({ reset: [key] });
    await expect(hitRateLimit([key])).resolves.toBeUndefined();
  });

  it("keeps no plain email or IP in its keys", () => {
    expect(throttleKey("login", "email", "Dewi@Example.test")).toBe(
      throttleKey("login", "email", "dewi@example.test"),
    );
    expect(throttleKey("login", "email", "dewi@example.test")).not.toContain("dewi");
  });
});

describe("clientIp", () => {
  it("takes the first forwarded address, then x-real-ip, then 'unknown'", () => {
    expect(
      clientIp(
        new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1", "x-real-ip": "10.0.0.2" }),
      ),
    ).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-real-ip": "10.0.0.2" }))).toBe("10.0.0.2");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
