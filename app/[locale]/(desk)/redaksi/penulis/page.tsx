import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Penulis" };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const ROLE_LABELS = { WRITER: null, EDITOR: "Editor", ADMIN: "Admin" } as const;

function Person({ row, user }: { row: WriterRow; user: SessionUser }) {
  const role = ROLE_LABELS[row.role];
  return (
    <li className="person">
      <h2 id={`person-${row.id}`}>
        {row.published > 0 ? (
          <Link href={`/penulis/${row.username}`}>{row.displayName}</Link>
        ) : (
          row.displayName
        )}
        {(row.role === "WRITER" || row.tier !== "MEMBER") && <TierBadge tier={row.tier} />}
        {role && <span className="role-label">{role}</span>}
        {row.suspendedAt && <span className="suspended-label">Dinonaktifkan</span>}
      </h2>
      <p className="small muted">
        @{row.username} · {row.email} · bergabung {formatWib(row.joinedAt)}
      </p>
      <dl className="person-stats">
        <div>
          <dt>Dikirim</dt>
          <dd>{row.submitted}</dd>
        </div>
        <div>
          <dt>Terbit</dt>
          <dd>{row.published}</dd>
        </div>
        <div>
          <dt>Ditolak</dt>
          <dd>{row.rejected}</dd>
        </div>
        <div>
          <dt>Median waktu review</dt>
          <dd>{formatReviewTime(row.medianReviewSeconds)}</dd>
        </div>
      </dl>
      {row.tier === "VERIFIED" && row.verifiedAt && (
        <p className="small">
          Diverifikasi {row.verifiedBy ? `oleh ${row.verifiedBy} ` : ""}pada{" "}
          {formatWib(row.verifiedAt)}
        </p>
      )}
      {row.suspendedAt && <p className="small">Dinonaktifkan sejak {formatWib(row.suspendedAt)}</p>}
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
  await enterLocale(params);
  const search = await searchParams;
  const query = textParam(search.q);
  const page = pageParam(search.laman);
  const gate = await pageGate("/redaksi/penulis", (user) => listWriters(user, { query, page }));
  const { user, data } = gate;
  return (
    <div className="people-page">
      <div className="desk-heading">
        <h1 className="listing-title">Penulis</h1>
        <p className="muted">
          {data.total.toLocaleString("id-ID")} akun{query ? ` cocok dengan “${query}”` : ""}
        </p>
      </div>
      <form
        method="get"
        action="/redaksi/penulis"
        role="search"
        aria-label="Cari penulis"
        className="people-search"
      >
        <FormField
          name="q"
          label="Cari nama, nama pengguna, atau email"
          type="search"
          defaultValue={query}
          maxLength={100}
          idPrefix="penulis"
        />
        <button type="submit">Cari</button>
        {query && <Link href="/redaksi/penulis">Tampilkan semua</Link>}
      </form>
      {data.items.length === 0 ? (
        <p>Tidak ada akun yang cocok.</p>
      ) : (
        <ul className="people-list" aria-label="Daftar penulis">
          {data.items.map((row) => (
            <Person key={row.id} row={row} user={user} />
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
