import { describe, expect, it } from "vitest";
import { readUploadForm } from "@/lib/media/read-upload-form";

const URL = "http://localhost/api/media";

function formWith(file: Blob | string | null, purpose: string | null) {
  const form = new FormData();
  if (typeof file === "string") form.append("file", file);
  else if (file !== null) form.append("file", file, "foto.png");
  if (purpose !== null) form.append("purpose", purpose);
  return form;
}

/** A streamed body with no Content-Length, as a chunked upload arrives. */
function chunked(total: number) {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(1024 * 1024, total - sent));
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, sent: () => sent };
}

describe("readUploadForm", () => {
  it("reads the file and the purpose", async () => {
    const form = await readUploadForm(
      new Request(URL, {
        method: "POST",
        body: formWith(new Blob([Uint8Array.from([1, 2, 3])]), "hero"),
      }),
    );
    expect(form?.purpose).toBe("hero");
    expect([...(form?.bytes ?? [])]).toEqual([1, 2, 3]);
  });

  it("answers null for a declared size over the limit without reading the body", async () => {
    const stream = chunked(20 * 1024 * 1024);
    const request = new Request(URL, {
      method: "POST",
      body: stream.body,
      headers: {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(20 * 1024 * 1024),
      },
      duplex: "half",
    } as RequestInit);
    expect(await readUploadForm(request)).toBeNull();
    expect(stream.sent()).toBeLessThanOrEqual(1024 * 1024);
  });

  it("stops reading a chunked body once it passes the limit", async () => {
    const stream = chunked(64 * 1024 * 1024);
    const request = new Request(URL, {
      method: "POST",
      body: stream.body,
      headers: { "content-type": "multipart/form-data; boundary=x" },
      duplex: "half",
    } as RequestInit);
    expect(await readUploadForm(request)).toBeNull();
    expect(stream.sent()).toBeLessThan(16 * 1024 * 1024);
  });

  it("refuses forms without a file, with an empty file, or with an unknown purpose", async () => {
    const cases: [FormData, string][] = [
      [formWith(null, "hero"), "Pilih berkas gambar"],
      [formWith("bukan berkas", "hero"), "Pilih berkas gambar"],
      [formWith(new Blob([]), "hero"), "Pilih berkas gambar"],
      [formWith(new Blob([Uint8Array.from([1])]), "spanduk"), "Jenis gambar tidak dikenal"],
      [formWith(new Blob([Uint8Array.from([1])]), null), "Jenis gambar tidak dikenal"],
    ];
    for (const [body, message] of cases) {
      await expect(
        readUploadForm(new Request(URL, { method: "POST", body })),
      ).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining(message) });
    }
    const json = new Request(URL, {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    await expect(readUploadForm(json)).rejects.toMatchObject({ code: "INVALID" });
  });
});
