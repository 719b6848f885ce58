// Calls from the comment island to /api/comments/…; every answer becomes a result the UI can show.

export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; message: string; fieldMessage?: string; reason?: string };

type ErrorBody = {
  message?: string;
  reason?: string;
  fieldErrors?: Record<string, string[]>;
};

export async function callApi<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      message: "Tidak tersambung. Periksa koneksi Anda lalu coba lagi.",
    };
  }
  const body = (await response.json().catch(() => ({}))) as T & ErrorBody;
  if (response.ok) return { ok: true, data: body };
  const fieldMessage = Object.values(body.fieldErrors ?? {})[0]?.[0];
  let message = body.message ?? "Terjadi kesalahan. Coba lagi.";
  if (response.status === 429) {
    const retry = response.headers.get("retry-after");
    if (retry && !message.includes("detik") && !message.includes("menit"))
      message = `${message} (coba lagi dalam ${retry} detik)`;
  }
  return { ok: false, status: response.status, message, fieldMessage, reason: body.reason };
}

export const commentsPath = (articleId: string, ...rest: string[]) =>
  ["/api/comments", encodeURIComponent(articleId), ...rest.map(encodeURIComponent)].join("/");
