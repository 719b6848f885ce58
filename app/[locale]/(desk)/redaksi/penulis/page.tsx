import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocalizedLink } from "@/components/i18n/localized-link";
import { FormField } from "@/components/account/form-field";
import { can } from "@/lib/auth/can";
import type { SessionUser } from "@/lib/auth/session";
import { formatReviewTime } from "@/lib/format/format-review-time";
import { listWriters, type WriterRow } from "@/lib/users/list-writers";
import { formatWib } from "@/lib/format/dates";
import { pageGate } from "@/lib/auth/page-gate";
import { TierBadge } from "../tier-badge";
import { PersonActions } from "./person-actions";
import { PageLinks, pageParam, textParam } from "@/components/ui/page-links";
import "./desk-people.css";
import { enterLocale } from "@/lib/i18n/enter-locale";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.people" });
  return { title: t("title") };
}

// The same words in Indonesian and English, so they are not in the catalog.
const ROLE_LABELS = { WRITER: null, EDITOR: "Editor", ADMIN: "Admin" } as const;

type PersonProps = {
  row: WriterRow;
  user: SessionUser;
  locale: Locale;
  t: Awaited<ReturnType<typeof getTranslations<"desk">>>;
};

function Person({ row, user, locale, t }: PersonProps) {
  const role = ROLE_LABELS[row.role];
  const reviewTime = formatReviewTime(row.medianReviewSeconds);
  return (
    <li className="person">
      <h2 id={`person-${row.id}`}>
        {row.published > 0 ? (
          <LocalizedLink href={`/penulis/${row.username}`}>{row.displayName}</LocalizedLink>
        ) : (
          row.displayName
        )}
        {(row.role === "WRITER" || row.tier !== "MEMBER") && <TierBadge tier={row.tier} />}
        {role && <span className="role-label">{role}</span>}
        {row.suspendedAt && <span className="suspended-label">{t("people.suspended")}</span>}
      </h2>
      <p className="small muted">
        @{row.username} · {row.email} ·{" "}
        {t("people.joined", { date: formatWib(row.joinedAt, locale) })}
      </p>
      <dl className="person-stats">
        <div>
          <dt>{t("people.submitted")}</dt>
          <dd>{row.submitted}</dd>
        </div>
        <div>
          <dt>{t("people.published")}</dt>
          <dd>{row.published}</dd>
        </div>
        <div>
          <dt>{t("people.rejected")}</dt>
          <dd>{row.rejected}</dd>
        </div>
        <div>
          <dt>{t("people.medianReview")}</dt>
          <dd>{t(`reviewTime.${reviewTime.key}`, reviewTime.values)}</dd>
        </div>
      </dl>
      {row.tier === "VERIFIED" && row.verifiedAt && (
        <p className="small">
          {row.verifiedBy
            ? t("people.verifiedBy", {
                name: row.verifiedBy,
                date: formatWib(row.verifiedAt, locale),
              })
            : t("people.verified", { date: formatWib(row.verifiedAt, locale) })}
        </p>
      )}
      {row.suspendedAt && (
        <p className="small">
          {t("people.suspendedSince", { date: formatWib(row.suspendedAt, locale) })}
        </p>
      )}
      <PersonActions
        userId={row.id}
        displayName={row.displayName}
        tier={row.tier}
        role={row.role}
        suspended={Boolean(row.suspendedAt)}
        mayVerify={can(user, "writer:verify", { id: row.id })}
        // Mirrors suspend-user.ts: staff accounts are an admin's call.
        maySuspend={
          can(user, "user:suspend", { id: row.id }) &&
          (row.role === "WRITER" || user.role === "ADMIN")
        }
        maySetRole={can(user, "user:set-role", { id: row.id }) && row.role !== "ADMIN"}
      />
    </li>
  );
}

export default async function WritersPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations("desk");
  const search = await searchParams;
  const query = textParam(search.q);
  const page = pageParam(search.laman);
  const gate = await pageGate("/redaksi/penulis", (user) => listWriters(user, { query, page }));
  const { user, data } = gate;
  return (
    <div className="people-page">
      <div className="desk-heading">
        <h1 className="listing-title">{t("people.title")}</h1>
        <p className="muted">
          {query
            ? t("people.summaryQuery", { count: data.total, query })
            : t("people.summary", { count: data.total })}
        </p>
      </div>
      <form
        method="get"
        action="/redaksi/penulis"
        role="search"
        aria-label={t("people.searchLabel")}
        className="people-search"
      >
        <FormField
          name="q"
          label={t("people.searchField")}
          type="search"
          defaultValue={query}
          maxLength={100}
          idPrefix="penulis"
        />
        <button type="submit">{t("search")}</button>
        {query && <Link href="/redaksi/penulis">{t("people.showAll")}</Link>}
      </form>
      {data.items.length === 0 ? (
        <p>{t("people.empty")}</p>
      ) : (
        <ul className="people-list" aria-label={t("people.listLabel")}>
          {data.items.map((row) => (
            <Person key={row.id} row={row} user={user} locale={locale} t={t} />
          ))}
        </ul>
      )}
      <PageLinks
        basePath="/redaksi/penulis"
        page={data.page}
        pageCount={data.pageCount}
        params={{ q: query }}
      />
    </div>
  );
}
