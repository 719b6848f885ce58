"use server";

import { action } from "@/lib/actions/action";
import {
  setWriterUpdatesAllowed,
  writerUpdatesSettingSchema,
} from "@/lib/articles/updates/set-writer-updates-allowed";

export const setWriterUpdatesAllowedAction = action(
  writerUpdatesSettingSchema,
  (actor, input) => setWriterUpdatesAllowed(actor, input),
  {
    revalidate: { paths: ["/redaksi/pembaruan"] },
    message: ({ allowed }) =>
      allowed
        ? "Verified Writer kini dapat mengirim pembaruan artikelnya."
        : "Pembaruan dari penulis kini tidak diterima.",
  },
);
