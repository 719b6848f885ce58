import type { Metadata } from "next";
import Link from "next/link";
import { listAuditEntries, type AuditEntryView } from "@/lib/audit/list-audit-entries";
import { formatWib } from "@/lib/format/dates";
import { pageGate } from "@/lib/auth/page-gate";
import { PageLinks, pageParam, textParam } from "@/components/ui/page-links";
import "../penulis/desk-people.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Log Audit" };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const MAX_JSON = 400;

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
  await enterLocale(params);
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
        <h1 className="listing-title">Log Audit</h1>
        <p className="muted">
          {data.total.toLocaleString("id-ID")} catatan{filtered ? " cocok dengan saringan" : ""}.
          Catatan tidak dapat diubah atau dihapus.
        </p>
      </div>
      <form
        method="get"
        action="/redaksi/audit"
        className="audit-filters"
        aria-label="Saring log audit"
      >
        <div className="audit-field">
          <label htmlFor="audit-aksi">Aksi</label>
          <select id="audit-aksi" name="aksi" defaultValue={form.aksi}>
            <option value="">Semua aksi</option>
            {data.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="audit-field">
          <label htmlFor="audit-pelaku">Pelaku</label>
          <input
            id="audit-pelaku"
            name="pelaku"
            type="search"
            defaultValue={form.pelaku}
            maxLength={100}
            placeholder="nama, email, atau id"
          />
        </div>
        <div className="audit-field">
          <label htmlFor="audit-jenis">Jenis target</label>
          <select id="audit-jenis" name="jenis" defaultValue={form.jenis}>
            <option value="">Semua jenis</option>
            {data.targetTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        <div className="audit-field">
          <label htmlFor="audit-target">Id target</label>
          <input id="audit-target" name="target" defaultValue={form.target} maxLength={64} />
        </div>
        <div className="audit-field">
          <label htmlFor="audit-dari">Dari tanggal</label>
          <input id="audit-dari" name="dari" type="date" defaultValue={validDay(form.dari)} />
        </div>
        <div className="audit-field">
          <label htmlFor="audit-sampai">Sampai tanggal</label>
          <input id="audit-sampai" name="sampai" type="date" defaultValue={validDay(form.sampai)} />
        </div>
        <button type="submit">Saring</button>
        {filtered && <Link href="/redaksi/audit">Hapus saringan</Link>}
      </form>
      {data.items.length === 0 ? (
        <p>Tidak ada catatan{filtered ? " untuk saringan ini" : ""}.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Catatan audit" tabIndex={0}>
          <table className="audit-table">
            <caption>Terbaru di atas. Waktu dalam WIB.</caption>
            <thead>
              <tr>
                <th scope="col">Waktu</th>
                <th scope="col">Aksi</th>
                <th scope="col">Pelaku</th>
                <th scope="col">Target</th>
                <th scope="col">Perubahan</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.createdAt.toISOString()}>
                      {formatWib(entry.createdAt)}
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
                      <span className="muted">akun terhapus</span>
                    ) : (
                      <span className="muted">sistem</span>
                    )}
                  </td>
                  <td>
                    {entry.targetType}
                    <br />
                    <Link
                      href={targetHref(entry)}
                      className="small"
                      title="Saring menurut target ini"
                    >
                      {entry.targetId}
                    </Link>
                  </td>
                  <td>
                    <dl className="audit-json">
                      <div>
                        <dt>Sebelum</dt>
                        <dd>
                          <Json value={entry.before} />
                        </dd>
                      </div>
                      <div>
                        <dt>Sesudah</dt>
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
