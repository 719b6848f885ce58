import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.mjs";

describe("clientAddress", () => {
  it("is the socket peer when no proxy is trusted, whatever the client claims", () => {
    expect(clientAddress("203.0.113.9", undefined)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", "198.51.100.1, 10.0.0.1")).toBe("203.0.113.9");
  });

  it("takes the address the trusted proxy saw, ignoring entries the client wrote further left", () => {
    expect(clientAddress("10.0.0.1", "198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.1", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1", 2)).toBe("198.51.100.7");
  });

  it("falls back to the leftmost entry when fewer hops are present than trusted", () => {
    expect(clientAddress("10.0.0.1", undefined, 3)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", "198.51.100.7", 3)).toBe("198.51.100.7");
  });

  it("writes IPv4 clients of a dual-stack socket as plain IPv4", () => {
    expect(clientAddress("::ffff:127.0.0.1", undefined)).toBe("127.0.0.1");
    expect(clientAddress("::1", undefined)).toBe("::1");
  });
});
