"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/account/form-message";
import { idle, type ActionResult } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import type { ArticleStatus } from "@/lib/enums";
import {
  addCorrectionAction,
  featureArticleAction,
  unpublishArticleAction,
} from "./after-publish-actions";

export type AfterPublishArticle = {
  id: string;
  status: ArticleStatus;
  featured: boolean;
  correctionNote: string | null;
};

type TextAreaProps = {
  name: string;
  label: string;
  hint: string;
  state: ActionResult<unknown>;
  defaultValue?: string;
  required?: boolean;
};

function TextArea({ name, label, hint, state, defaultValue, required }: TextAreaProps) {
  const id = `after-publish-${name}`;
  const errors = state.fieldErrors?.[name];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={3}
        required={required}
        defaultValue={state.values?.[name] ?? defaultValue}
        aria-invalid={errors ? true : undefined}
        aria-describedby={`${id}-hint${errors ? ` ${id}-error` : ""}`}
      />
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {errors && (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

function FeatureForm({ article }: { article: AfterPublishArticle }) {
  const [state, action] = useActionState(featureArticleAction, idle);
  return (
    <form action={action} className="account-form">
      <h3>Headline beranda</h3>
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={article.id} />
      <input type="hidden" name="featured" value={String(!article.featured)} />
      <p>
        {article.featured
          ? "Artikel ini sedang menjadi headline di beranda."
          : "Artikel ini bukan headline beranda."}
      </p>
      <div className="form-actions">
        <SubmitButton
          label={article.featured ? "Lepas dari headline" : "Jadikan headline"}
          pendingLabel="Menyimpan…"
        />
      </div>
    </form>
  );
}

function CorrectionForm({ article }: { article: AfterPublishArticle }) {
  const [state, action] = useActionState(addCorrectionAction, idle);
  return (
    <form action={action} className="account-form" noValidate>
      <h3>Ralat</h3>
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={article.id} />
      <TextArea
        name="note"
        label="Catatan ralat untuk pembaca"
        hint="Tampil di halaman artikel sebagai “Ralat” beserta tanggalnya. Perbaiki teksnya lewat penyuntingan; catatan ini menjelaskan apa yang diperbaiki."
        state={state}
        required
      />
      <div className="form-actions">
        <SubmitButton label="Terbitkan ralat" pendingLabel="Menerbitkan…" />
      </div>
    </form>
  );
}

function UnpublishForm({ article }: { article: AfterPublishArticle }) {
  const [state, action] = useActionState(unpublishArticleAction, idle);
  return (
    <form action={action} className="account-form" noValidate>
      <h3>Tarik artikel</h3>
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={article.id} />
      <TextArea
        name="reason"
        label="Alasan penarikan"
        hint="Wajib. Ditampilkan kepada pembaca di alamat artikel dan dikirim kepada penulis."
        state={state}
        required
      />
      <div className="form-actions">
        <SubmitButton label="Tarik artikel" pendingLabel="Menarik…" />
      </div>
    </form>
  );
}

/** The desk's tools for an article that is (or was) public: headline, correction note, withdrawal. */
export function AfterPublishPanel({ article }: { article: AfterPublishArticle }) {
  if (article.status !== "PUBLISHED" && article.status !== "UNPUBLISHED") return null;
  return (
    <section aria-labelledby="after-publish-title" className="after-publish-panel">
      <h2 id="after-publish-title">Setelah terbit</h2>
      {article.status === "UNPUBLISHED" ? (
        <p role="status">
          Artikel ini telah ditarik dari publik. Alamatnya kini menampilkan pemberitahuan “Artikel
          telah ditarik”.
        </p>
      ) : (
        <>
          <p>
            <Link className="button" href={`/redaksi/artikel/${article.id}/sunting`}>
              Perbarui naskah
            </Link>{" "}
            <span className="muted small">
              Versi terbit tetap tampil sampai pembaruan diterbitkan.
            </span>
          </p>
          <FeatureForm article={article} />
          <CorrectionForm article={article} />
          <UnpublishForm article={article} />
        </>
      )}
    </section>
  );
}
