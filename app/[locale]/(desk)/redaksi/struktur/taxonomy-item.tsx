import { useTranslations } from "next-intl";
import { FormField } from "@/components/account/form-field";
import { ActionForm } from "@/components/desk/action-form";
import { LocalizedLink } from "@/components/i18n/localized-link";
import type { TaxonomySection, TaxonomyTopic } from "@/lib/sections/list-structure";
import { renameSectionAction, renameTopicAction } from "./actions";

type Translate = ReturnType<typeof useTranslations<"desk.structure">>;

/** Field name → its label, for ActionForm to say which field a server message is about. */
export function fieldLabels(t: Translate) {
  const keys = ["name", "slug", "description", "parentId", "sourceId", "targetId"] as const;
  return Object.fromEntries(keys.map((key) => [key, t(`fields.${key}`)]));
}

type Props = { kind: "section"; item: TaxonomySection } | { kind: "topic"; item: TaxonomyTopic };

/** A section or a topic in its list: its reader address, its count, and a form to rename it. */
export function TaxonomyItem(props: Props) {
  const t = useTranslations("desk");
  const ts = useTranslations("desk.structure");
  const { kind, item } = props;
  const href = kind === "section" ? props.item.href : `/topik/${item.slug}`;
  const sub = kind === "section" && props.item.parentId;
  const prefix = `${kind === "section" ? "sec" : "top"}-${item.id}`;
  return (
    <li className={sub ? "taxonomy-item sub" : "taxonomy-item"}>
      <p>
        <strong>
          <LocalizedLink href={href}>{item.name}</LocalizedLink>
        </strong>{" "}
        <code>{href}</code>{" "}
        <span className="muted small">· {t("articleCount", { count: item.articleCount })}</span>
      </p>
      <details className="desk-details">
        <summary>
          {ts("edit")}
          <span className="visually-hidden">
            {" "}
            {ts(kind === "section" ? "sectionName" : "topicName", { name: item.name })}
          </span>
        </summary>
        <ActionForm
          action={kind === "section" ? renameSectionAction : renameTopicAction}
          label={ts(kind === "section" ? "editSection" : "editTopic", { name: item.name })}
          fieldLabels={fieldLabels(ts)}
        >
          <input type="hidden" name="id" value={item.id} />
          <FormField
            name="name"
            label={ts("fields.name")}
            defaultValue={item.name}
            required
            maxLength={60}
            idPrefix={prefix}
          />
          <FormField
            name="slug"
            label={ts("fields.slug")}
            defaultValue={item.slug}
            required
            maxLength={60}
            hint={ts("slugHint")}
            idPrefix={prefix}
          />
          <FormField
            name="description"
            label={ts("fields.description")}
            defaultValue={item.description}
            maxLength={300}
            idPrefix={prefix}
          />
          <div>
            <button type="submit">{ts(kind === "section" ? "saveSection" : "saveTopic")}</button>
          </div>
        </ActionForm>
      </details>
    </li>
  );
}
