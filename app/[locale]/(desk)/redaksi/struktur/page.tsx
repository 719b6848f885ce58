import type { Metadata } from "next";
import Link from "next/link";
import { FormField } from "@/components/account/form-field";
import {
  listTaxonomy,
  type TaxonomySection,
  type TaxonomyTopic,
} from "@/lib/sections/list-structure";
import { pageGate } from "@/lib/auth/page-gate";
import { ActionForm } from "@/components/desk/action-form";
import {
  createSectionAction,
  createTopicAction,
  mergeTopicsAction,
  renameSectionAction,
  renameTopicAction,
} from "./actions";
import "../penulis/desk-people.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Rubrik & Topik" };

const FIELD_LABELS = {
  name: "Nama",
  slug: "Slug",
  description: "Deskripsi",
  parentId: "Induk",
  sourceId: "Topik yang digabungkan",
  targetId: "Digabungkan ke",
};
const SLUG_HINT =
  "Huruf kecil, angka, dan tanda hubung. Mengubahnya membuat alamat lama dialihkan ke yang baru.";

function SectionItem({ section }: { section: TaxonomySection }) {
  const prefix = `sec-${section.id}`;
  return (
    <li className={section.parentId ? "taxonomy-item sub" : "taxonomy-item"}>
      <p>
        <strong>
          <Link href={section.href}>{section.name}</Link>
        </strong>{" "}
        <code>{section.href}</code>{" "}
        <span className="muted small">
          · {section.articleCount.toLocaleString("id-ID")} artikel
        </span>
      </p>
      <details className="desk-details">
        <summary>
          Ubah<span className="visually-hidden"> rubrik {section.name}</span>
        </summary>
        <ActionForm
          action={renameSectionAction}
          label={`Ubah rubrik ${section.name}`}
          fieldLabels={FIELD_LABELS}
        >
          <input type="hidden" name="id" value={section.id} />
          <FormField
            name="name"
            label="Nama"
            defaultValue={section.name}
            required
            maxLength={60}
            idPrefix={prefix}
          />
          <FormField
            name="slug"
            label="Slug"
            defaultValue={section.slug}
            required
            maxLength={60}
            hint={SLUG_HINT}
            idPrefix={prefix}
          />
          <FormField
            name="description"
            label="Deskripsi"
            defaultValue={section.description}
            maxLength={300}
            idPrefix={prefix}
          />
          <div>
            <button type="submit">Simpan rubrik</button>
          </div>
        </ActionForm>
      </details>
    </li>
  );
}

function TopicItem({ topic }: { topic: TaxonomyTopic }) {
  const prefix = `top-${topic.id}`;
  return (
    <li className="taxonomy-item">
      <p>
        <strong>
          <Link href={`/topik/${topic.slug}`}>{topic.name}</Link>
        </strong>{" "}
        <code>/topik/{topic.slug}</code>{" "}
        <span className="muted small">· {topic.articleCount.toLocaleString("id-ID")} artikel</span>
      </p>
      <details className="desk-details">
        <summary>
          Ubah<span className="visually-hidden"> topik {topic.name}</span>
        </summary>
        <ActionForm
          action={renameTopicAction}
          label={`Ubah topik ${topic.name}`}
          fieldLabels={FIELD_LABELS}
        >
          <input type="hidden" name="id" value={topic.id} />
          <FormField
            name="name"
            label="Nama"
            defaultValue={topic.name}
            required
            maxLength={60}
            idPrefix={prefix}
          />
          <FormField
            name="slug"
            label="Slug"
            defaultValue={topic.slug}
            required
            maxLength={60}
            hint={SLUG_HINT}
            idPrefix={prefix}
          />
          <FormField
            name="description"
            label="Deskripsi"
            defaultValue={topic.description}
            maxLength={300}
            idPrefix={prefix}
          />
          <div>
            <button type="submit">Simpan topik</button>
          </div>
        </ActionForm>
      </details>
    </li>
  );
}

export default async function StructurePage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const gate = await pageGate("/redaksi/struktur", (user) => listTaxonomy(user));
  const { sections, topics } = gate.data;
  const tops = sections.filter((section) => !section.parentId);
  return (
    <div className="structure-page">
      <h1 className="listing-title">Rubrik &amp; Topik</h1>
      <p className="muted">
        Perubahan langsung tampil bagi pembaca. Alamat lama rubrik dan topik yang diganti tetap
        dialihkan.
      </p>
      <div className="taxonomy-grid">
        <section aria-labelledby="judul-rubrik">
          <h2 id="judul-rubrik" className="block-title">
            Rubrik
          </h2>
          <div className="taxonomy-forms">
            <ActionForm
              action={createSectionAction}
              label="Rubrik baru"
              fieldLabels={FIELD_LABELS}
              resetOnSuccess
            >
              <h3>Rubrik baru</h3>
              <FormField name="name" label="Nama" required maxLength={60} idPrefix="sec-new" />
              <FormField
                name="slug"
                label="Slug (opsional)"
                maxLength={60}
                hint="Kosongkan untuk dibuat dari nama."
                idPrefix="sec-new"
              />
              <div className="field">
                <label htmlFor="sec-new-parentId">Induk</label>
                <select id="sec-new-parentId" name="parentId" defaultValue="">
                  <option value="">— Rubrik utama —</option>
                  {tops.map((section) => (
                    <option key={section.id} value={section.id}>
                      Sub-rubrik dari {section.name}
                    </option>
                  ))}
                </select>
              </div>
              <FormField name="description" label="Deskripsi" maxLength={300} idPrefix="sec-new" />
              <div>
                <button type="submit">Buat rubrik</button>
              </div>
            </ActionForm>
          </div>
          <ul className="taxonomy-list" aria-label="Daftar rubrik">
            {sections.map((section) => (
              <SectionItem key={section.id} section={section} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="judul-topik">
          <h2 id="judul-topik" className="block-title">
            Topik
          </h2>
          <div className="taxonomy-forms">
            <ActionForm
              action={createTopicAction}
              label="Topik baru"
              fieldLabels={FIELD_LABELS}
              resetOnSuccess
            >
              <h3>Topik baru</h3>
              <FormField name="name" label="Nama" required maxLength={60} idPrefix="top-new" />
              <FormField
                name="slug"
                label="Slug (opsional)"
                maxLength={60}
                hint="Kosongkan untuk dibuat dari nama."
                idPrefix="top-new"
              />
              <FormField name="description" label="Deskripsi" maxLength={300} idPrefix="top-new" />
              <div>
                <button type="submit">Buat topik</button>
              </div>
            </ActionForm>
            <ActionForm
              action={mergeTopicsAction}
              label="Gabungkan topik"
              fieldLabels={FIELD_LABELS}
              confirm="Gabungkan topik? Topik pertama dihapus; artikelnya pindah ke topik kedua dan alamatnya dialihkan. Tindakan ini tidak dapat dibatalkan."
              resetOnSuccess
            >
              <h3>Gabungkan topik</h3>
              <p className="small muted">
                Artikel topik pertama pindah ke topik kedua (tanpa duplikat), alamat lamanya
                dialihkan, lalu topik pertama dihapus.
              </p>
              <div className="field">
                <label htmlFor="merge-source">Topik yang digabungkan (akan dihapus)</label>
                <select id="merge-source" name="sourceId" required defaultValue="">
                  <option value="" disabled>
                    Pilih topik…
                  </option>
                  {topics.map((topic) => (
                    <option key={topic.id} value={topic.id}>
                      {topic.name} ({topic.articleCount})
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="merge-target">Digabungkan ke</label>
                <select id="merge-target" name="targetId" required defaultValue="">
                  <option value="" disabled>
                    Pilih topik…
                  </option>
                  {topics.map((topic) => (
                    <option key={topic.id} value={topic.id}>
                      {topic.name} ({topic.articleCount})
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <button type="submit">Gabungkan</button>
              </div>
            </ActionForm>
          </div>
          <ul className="taxonomy-list" aria-label="Daftar topik">
            {topics.map((topic) => (
              <TopicItem key={topic.id} topic={topic} />
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
