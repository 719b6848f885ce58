import Link from "next/link";
import { formatWib } from "@/lib/format/dates";

type Offer =
  { allowed: false } | { allowed: true; submittedAt: string | null; returnReason: string | null };

/** "Perbarui artikel" on the writer's own live article, and where their update stands. */
export function UpdateOffer({ articleId, offer }: { articleId: string; offer: Offer }) {
  if (!offer.allowed)
    return <p className="muted">Saat ini redaksi tidak menerima pembaruan artikel dari penulis.</p>;
  return (
    <section className="update-offer" aria-label="Pembaruan artikel">
      {offer.submittedAt ? (
        <p>
          Pembaruan Anda menunggu keputusan redaksi sejak {formatWib(new Date(offer.submittedAt))}.
        </p>
      ) : (
        offer.returnReason && (
          <p>
            <strong>Pembaruan dikembalikan redaksi:</strong> {offer.returnReason}
          </p>
        )
      )}
      <p>
        <Link className="button" href={`/tulis/artikel/${articleId}/pembaruan`}>
          {offer.submittedAt ? "Lihat pembaruan" : "Perbarui artikel"}
        </Link>
      </p>
    </section>
  );
}
