"use client";

import Image from "next/image";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import { ACCEPTED_IMAGE_MIME_TYPES, MAX_IMAGE_BYTES } from "@/lib/media/limits";
import { mediaVariantUrl, type MediaPurpose } from "@/lib/media/variant-url";

export type UploadedImage = { id: string; url: string; width: number; height: number };

export type ImageUploadProps = {
  purpose: MediaPurpose;
  label: string;
  onUploaded: (image: UploadedImage) => void;
};

type Phase =
  | { name: "idle" }
  | { name: "uploading"; fileName: string; percent: number }
  | { name: "failed"; message: string; retryable: boolean };

const ACCEPT = ACCEPTED_IMAGE_MIME_TYPES.join(",");
type Refusal = "tooLarge" | "unsupported" | "sessionEnded" | "server";

/**
 * The pre-check only gives a quick answer; the server decides from the file's bytes. Its texts are
 * the catalog's copies of MEDIA_MESSAGES (lib/media/limits.ts), which the server says in Indonesian.
 */
function precheck(file: File): Refusal | null {
  if (file.size > MAX_IMAGE_BYTES) return "tooLarge";
  // Browsers leave `type` empty for extensions they do not know (often AVIF): the server judges those.
  if (file.type && !(ACCEPTED_IMAGE_MIME_TYPES as readonly string[]).includes(file.type))
    return "unsupported";
  return null;
}

function isUploadedImage(value: unknown): value is UploadedImage {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    typeof v.url === "string" &&
    typeof v.width === "number" &&
    typeof v.height === "number"
  );
}

/** The server's message (already in the writer's language), else one of ours chosen by status. */
function messageOf(status: number, body: unknown, t: (key: Refusal) => string): string {
  const message =
    typeof body === "object" && body !== null ? (body as { message?: unknown }).message : undefined;
  if (typeof message === "string" && message) return message;
  return t(status === 413 ? "tooLarge" : status === 401 ? "sessionEnded" : "server");
}

/**
 * File picker that uploads one image to POST /api/media, with a real progress bar (XMLHttpRequest,
 * because fetch reports no upload progress), a preview and the server's message when it refuses.
 */
export function ImageUpload({ purpose, label, onUploaded }: ImageUploadProps) {
  const t = useTranslations("editor.upload");
  const id = useId();
  const inputId = `${id}-file`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const [preview, setPreview] = useState<UploadedImage | null>(null);
  const request = useRef<XMLHttpRequest | null>(null);
  const lastFile = useRef<File | null>(null);

  // A form that unmounts mid-upload must not call back into it later.
  useEffect(() => {
    const pending = request;
    return () => pending.current?.abort();
  }, []);

  function upload(file: File) {
    request.current?.abort();
    lastFile.current = file;
    const refusal = precheck(file);
    if (refusal) {
      setPhase({ name: "failed", message: t(refusal), retryable: false });
      return;
    }
    const form = new FormData();
    form.append("file", file);
    form.append("purpose", purpose);
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    setPhase({ name: "uploading", fileName: file.name, percent: 0 });
    xhr.upload.addEventListener("progress", (event) => {
      if (!event.lengthComputable) return;
      setPhase({
        name: "uploading",
        fileName: file.name,
        percent: Math.min(100, Math.round((event.loaded / event.total) * 100)),
      });
    });
    xhr.addEventListener("load", () => {
      request.current = null;
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // A proxy's HTML error page: fall back to a message chosen by status.
      }
      if (xhr.status === 201 && isUploadedImage(body)) {
        setPhase({ name: "idle" });
        setPreview(body);
        onUploaded(body);
        return;
      }
      const retryable = xhr.status >= 500 || xhr.status === 429 || xhr.status === 408;
      setPhase({ name: "failed", message: messageOf(xhr.status, body, t), retryable });
    });
    xhr.addEventListener("error", () => {
      request.current = null;
      setPhase({ name: "failed", message: t("network"), retryable: true });
    });
    xhr.open("POST", "/api/media");
    xhr.setRequestHeader("accept", "application/json");
    xhr.send(form);
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing a connection) fires `change` again.
    event.target.value = "";
    if (file) upload(file);
  }

  function retry() {
    if (lastFile.current) upload(lastFile.current);
  }

  const uploading = phase.name === "uploading";
  const failed = phase.name === "failed";
  const previewWidth = purpose === "avatar" ? 96 : 400;

  return (
    <div className="image-upload" style={{ display: "grid", gap: ".5rem", justifyItems: "start" }}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="file"
        accept={ACCEPT}
        onChange={onChange}
        disabled={uploading}
        aria-describedby={failed ? `${hintId} ${errorId}` : hintId}
        aria-invalid={failed || undefined}
      />
      <p id={hintId} className="muted small" style={{ margin: 0 }}>
        {t("formats")}
      </p>

      {uploading && (
        <div style={{ display: "flex", gap: ".5rem", alignItems: "center" }}>
          <progress
            max={100}
            value={phase.percent}
            aria-label={t("uploadingLabel", { file: phase.fileName })}
          />
          <span className="small">
            {phase.percent < 100 ? t("uploading", { percent: phase.percent }) : t("processing")}
          </span>
        </div>
      )}

      {failed && (
        <div role="alert" id={errorId} style={{ color: "#b91c1c" }}>
          <p style={{ margin: 0 }}>{phase.message}</p>
        </div>
      )}
      {failed && phase.retryable && (
        <button type="button" className="button-secondary" onClick={retry}>
          {t("retry")}
        </button>
      )}

      <p role="status" className="small" style={{ margin: 0 }}>
        {preview && !uploading && !failed ? t("done") : ""}
      </p>
      {preview && (
        <Image
          src={mediaVariantUrl(preview.url, previewWidth)}
          alt={t("previewAlt")}
          width={previewWidth}
          height={
            purpose === "avatar"
              ? previewWidth
              : Math.max(1, Math.round((preview.height / preview.width) * previewWidth))
          }
          style={
            purpose === "avatar" ? { borderRadius: "50%" } : { maxWidth: "100%", height: "auto" }
          }
        />
      )}
    </div>
  );
}
