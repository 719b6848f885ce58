import net from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/test/factories";

const message = {
  to: "pembaca@example.test",
  subject: "Uji",
  text: "Halo http://localhost:3000/x",
  html: "<p>Halo</p>",
};

/** A minimal SMTP server that accepts every message, to see nodemailer hand one over. */
async function fakeSmtp(): Promise<{
  url: string;
  received: string[];
  close: () => Promise<void>;
}> {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    let data = false;
    let body = "";
    socket.write("220 fake ESMTP\r\n");
    socket.on("data", (chunk) => {
      for (const line of chunk.toString().split("\r\n")) {
        if (data) {
          if (line === ".") {
            data = false;
            received.push(body);
            socket.write("250 OK queued\r\n");
          } else body += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write("250 fake\r\n");
        else if (/^(MAIL|RCPT|RSET|NOOP)/i.test(line)) socket.write("250 OK\r\n");
        else if (/^DATA/i.test(line)) {
          data = true;
          socket.write("354 go ahead\r\n");
        } else if (/^QUIT/i.test(line)) socket.end("221 bye\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** lib/env.ts reads the environment once, at import: load the sender afresh with SMTP_URL set. */
async function senderWith(smtpUrl: string | undefined) {
  vi.resetModules();
  if (smtpUrl) vi.stubEnv("SMTP_URL", smtpUrl);
  return (await import("@/lib/email/send-email")).sendEmail;
}

beforeEach(resetDatabase);
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("sendEmail", () => {
  it("keeps the message in the outbox when no SMTP server is configured", async () => {
    const sendEmail = await senderWith(undefined);
    const { id, sent } = await sendEmail(message);
    expect(sent).toBe(false);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ...message,
      sentAt: null,
      error: null,
    });
  });

  it("records and then delivers through SMTP, setting sentAt", async () => {
    const smtp = await fakeSmtp();
    try {
      const sendEmail = await senderWith(smtp.url);
      const { id, sent } = await sendEmail(message);
      expect(sent).toBe(true);
      const row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
      expect(row.sentAt).not.toBeNull();
      expect(row.error).toBeNull();
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toContain("Subject: Uji");
    } finally {
      await smtp.close();
    }
  });

  it("records the error, and keeps the message, when SMTP refuses", async () => {
    const closed = await fakeSmtp();
    await closed.close();
    const sendEmail = await senderWith(closed.url);
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { id, sent } = await sendEmail(message);
    quiet.mockRestore();
    expect(sent).toBe(false);
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row.sentAt).toBeNull();
    expect(row.error).toMatch(/ECONNREFUSED|connect/i);
  });
});
