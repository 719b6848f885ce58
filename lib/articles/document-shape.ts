import { AppError } from "@/lib/errors";
import { exceedsJsonShape } from "@/lib/http/json-shape";

// How deep and how large an article document may be. A real article nests lists a few levels and
// has a few thousand nodes; these limits are far above that and far below what makes validation,
// rendering or jsonb slow (a list nested 4,000 deep used to answer 500).
export const DOCUMENT_MAX_DEPTH = 24;
export const DOCUMENT_MAX_NODES = 50_000;

export const DOCUMENT_TOO_COMPLEX =
  "Naskah terlalu rumit untuk disimpan: daftar bertingkat terlalu dalam atau terlalu banyak bagian. Sederhanakan susunannya lalu simpan lagi.";

/** Refuses (INVALID, 422, with a message the studio shows) a document too deep or too large. */
export function assertDocumentShape(body: unknown): void {
  if (exceedsJsonShape(body, { maxDepth: DOCUMENT_MAX_DEPTH, maxNodes: DOCUMENT_MAX_NODES }))
    throw new AppError("INVALID", DOCUMENT_TOO_COMPLEX, {
      fieldErrors: { body: [DOCUMENT_TOO_COMPLEX] },
    });
}
