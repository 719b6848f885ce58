import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listAuditEntries, type AuditEntryView } from "@/lib/audit/list-audit-entries";
import { formatWib } from "@/lib/format/dates";
import { pageGate } from "@/lib/auth/page-gate";
import { PageLinks, pageParam, textParam } from "@/components/ui/page-links";
import "../penulis/desk-people.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const MAX_JSON = 400;

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.audit" });
  return { title: t("title") };
}

/** Before/after as one line of JSON; long values are cut (the full row stays in the database). */
function Json({ value }: { value: AuditEntryView["before"] }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  const text = JSON.stringify(value);
  return <code>{text.length > MAX_JSON ? `${text.slice(0, MAX_JSON)}…` : text}</code>;
}

function targetHref(entry: AuditEntryView) {
  return `/redaksi/audit?${new URLSearchParams({ jenis: entry.targetType, target: entry.targetId })}`;
}

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations("desk");
  const query = await searchParams;
  const form = {
    aksi: textParam(query.aksi, 80),
    pelaku: textParam(query.pelaku),
    jenis: textParam(query.jenis, 40),
    target: textParam(query.target, 64),
    dari: textParam(query.dari, 10),
    sampai: textParam(query.sampai, 10),
  };
  const validDay = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? day : "");
  const gate = await pageGate("/redaksi/audit", (user) =>
    listAuditEntries(user, {
      action: form.aksi,
      actor: form.pelaku,
      targetType: form.jenis,
      targetId: form.target,
      from: validDay(form.dari),
      to: validDay(form.sampai),
      page: pageParam(query.laman),
    }),
  );
  const { data } = gate;
  const filtered = Object.values(form).some(Boolean);
  return (
    <div className="audit-page">
      <div className="desk-heading">
        <h1 className="listing-title">{t("audit.title")}</h1>
        <p className="muted">
          {t(filtered ? "audit.summaryFiltered" : "audit.summary", { count: data.total })}
        </p>
      </div>
      <form
        method="get"
        action="/redaksi/audit"
        className="audit-filters"
        aria-label={t("audit.filterLabel")}
      >
        <div className="audit-field">
          <label htmlFor="audit-aksi">{t("audit.action")}</label>
          <select id="audit-aksi" name="aksi" defaultValue={form.aksi}>
            <option value="">{t("audit.allActions")}</option>
            {data.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="audit-field">
          <label htmlFor="audit-pelaku">{t("audit.actor")}</label>
          <input
            id="audit-pelaku"
            name="pelaku"
            type="search"
            defaultValue={form.pelaku}
            maxLength={100}
            placeholder={t("audit.actorPlaceholder")}
          />
        </div>
        <div className="audit-field">
          <label htmlFor="audit-jenis">{t("audit.targetType")}</label>
          <select id="audit-jenis" name="jenis" defaultValue={form.jenis}>
            <option value="">{t("audit.allTypes")}</option>
            {data.targetTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        <div className="audit-field">
          <label htmlFor="audit-target">{t("audit.targetId")}</label>
          <input id="audit-target" name="target" defaultValue={form.target} maxLength={64} />
        </div>
        <div className="audit-field">
          <label htmlFor="audit-dari">{t("audit.from")}</label>
          <input id="audit-dari" name="dari" type="date" defaultValue={validDay(form.dari)} />
        </div>
        <div className="audit-field">
          <label htmlFor="audit-sampai">{t("audit.to")}</label>
          <input id="audit-sampai" name="sampai" type="date" defaultValue={validDay(form.sampai)} />
        </div>
        <button type="submit">{t("audit.filter")}</button>
        {filtered && <Link href="/redaksi/audit">{t("clearFilters")}</Link>}
      </form>
      {data.items.length === 0 ? (
        <p>{t(filtered ? "audit.emptyFiltered" : "audit.empty")}</p>
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-label={t("audit.regionLabel")}
          tabIndex={0}
        >
          <table className="audit-table">
            <caption>{t("audit.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.time")}</th>
                <th scope="col">{t("audit.action")}</th>
                <th scope="col">{t("audit.actor")}</th>
                <th scope="col">{t("audit.target")}</th>
                <th scope="col">{t("audit.changes")}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.createdAt.toISOString()}>
                      {formatWib(entry.createdAt, locale)}
                    </time>
                  </td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    {entry.actor ? (
                      <>
                        {entry.actor.displayName}
                        <br />
                        <span className="small muted">{entry.actor.email}</span>
                      </>
                    ) : entry.actorId ? (
                      <span className="muted">{t("audit.deletedAccount")}</span>
                    ) : (
                      <span className="muted">{t("audit.system")}</span>
                    )}
                  </td>
                  <td>
                    {entry.targetType}
                    <br />
                    <Link
                      href={targetHref(entry)}
                      className="small"
                      title={t("audit.filterByTarget")}
                    >
                      {entry.targetId}
                    </Link>
                  </td>
                  <td>
                    <dl className="audit-json">
                      <div>
                        <dt>{t("audit.before")}</dt>
                        <dd>
                          <Json value={entry.before} />
                        </dd>
                      </div>
                      <div>
                        <dt>{t("audit.after")}</dt>
                        <dd>
                          <Json value={entry.after} />
                        </dd>
                      </div>
                    </dl>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PageLinks
        basePath="/redaksi/audit"
        page={data.page}
        pageCount={data.pageCount}
        params={form}
      />
    </div>
  );
}
