import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormField } from "@/components/account/form-field";
import { listTaxonomy } from "@/lib/sections/list-structure";
import { pageGate } from "@/lib/auth/page-gate";
import { ActionForm } from "@/components/desk/action-form";
import { createSectionAction, createTopicAction, mergeTopicsAction } from "./actions";
import { fieldLabels, TaxonomyItem } from "./taxonomy-item";
import "../penulis/desk-people.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.structure" });
  return { title: t("title") };
}

export default async function StructurePage({ params }: Params) {
  await enterLocale(params);
  const t = await getTranslations("desk");
  const labels = fieldLabels(await getTranslations("desk.structure"));
  const gate = await pageGate("/redaksi/struktur", (user) => listTaxonomy(user));
  const { sections, topics } = gate.data;
  const tops = sections.filter((section) => !section.parentId);
  return (
    <div className="structure-page">
      <h1 className="listing-title">{t("structure.title")}</h1>
      <p className="muted">{t("structure.intro")}</p>
      <div className="taxonomy-grid">
        <section aria-labelledby="judul-rubrik">
          <h2 id="judul-rubrik" className="block-title">
            {t("structure.sections")}
          </h2>
          <div className="taxonomy-forms">
            <ActionForm
              action={createSectionAction}
              label={t("structure.newSection")}
              fieldLabels={labels}
              resetOnSuccess
            >
              <h3>{t("structure.newSection")}</h3>
              <FormField
                name="name"
                label={t("structure.fields.name")}
                required
                maxLength={60}
                idPrefix="sec-new"
              />
              <FormField
                name="slug"
                label={t("structure.optionalSlug")}
                maxLength={60}
                hint={t("structure.optionalSlugHint")}
                idPrefix="sec-new"
              />
              <div className="field">
                <label htmlFor="sec-new-parentId">{t("structure.fields.parentId")}</label>
                <select id="sec-new-parentId" name="parentId" defaultValue="">
                  <option value="">{t("structure.topLevel")}</option>
                  {tops.map((section) => (
                    <option key={section.id} value={section.id}>
                      {t("structure.subsectionOf", { name: section.name })}
                    </option>
                  ))}
                </select>
              </div>
              <FormField
                name="description"
                label={t("structure.fields.description")}
                maxLength={300}
                idPrefix="sec-new"
              />
              <div>
                <button type="submit">{t("structure.createSection")}</button>
              </div>
            </ActionForm>
          </div>
          <ul className="taxonomy-list" aria-label={t("structure.sectionList")}>
            {sections.map((section) => (
              <TaxonomyItem key={section.id} kind="section" item={section} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="judul-topik">
          <h2 id="judul-topik" className="block-title">
            {t("structure.topics")}
          </h2>
          <div className="taxonomy-forms">
            <ActionForm
              action={createTopicAction}
              label={t("structure.newTopic")}
              fieldLabels={labels}
              resetOnSuccess
            >
              <h3>{t("structure.newTopic")}</h3>
              <FormField
                name="name"
                label={t("structure.fields.name")}
                required
                maxLength={60}
                idPrefix="top-new"
              />
              <FormField
                name="slug"
                label={t("structure.optionalSlug")}
                maxLength={60}
                hint={t("structure.optionalSlugHint")}
                idPrefix="top-new"
              />
              <FormField
                name="description"
                label={t("structure.fields.description")}
                maxLength={300}
                idPrefix="top-new"
              />
              <div>
                <button type="submit">{t("structure.createTopic")}</button>
              </div>
            </ActionForm>
            <ActionForm
              action={mergeTopicsAction}
              label={t("structure.merge")}
              fieldLabels={labels}
              confirm={t("structure.mergeConfirm")}
              resetOnSuccess
            >
              <h3>{t("structure.merge")}</h3>
              <p className="small muted">{t("structure.mergeHelp")}</p>
              <div className="field">
                <label htmlFor="merge-source">{t("structure.mergeSource")}</label>
                <select id="merge-source" name="sourceId" required defaultValue="">
                  <option value="" disabled>
                    {t("structure.chooseTopic")}
                  </option>
                  {topics.map((topic) => (
                    <option key={topic.id} value={topic.id}>
                      {topic.name} ({topic.articleCount})
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="merge-target">{t("structure.mergeTarget")}</label>
                <select id="merge-target" name="targetId" required defaultValue="">
                  <option value="" disabled>
                    {t("structure.chooseTopic")}
                  </option>
                  {topics.map((topic) => (
                    <option key={topic.id} value={topic.id}>
                      {topic.name} ({topic.articleCount})
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <button type="submit">{t("structure.mergeButton")}</button>
              </div>
            </ActionForm>
          </div>
          <ul className="taxonomy-list" aria-label={t("structure.topicList")}>
            {topics.map((topic) => (
              <TaxonomyItem key={topic.id} kind="topic" item={topic} />
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
