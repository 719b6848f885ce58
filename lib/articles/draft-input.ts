import { z } from "zod";
import { documentSchema } from "@/lib/articles/document-schema";

// What the studio sends when it saves a draft. Lengths are generous here; the house-format
// checklist enforces the editorial limits at submission.
export const draftInputSchema = z.object({
  expectedVersion: z.number().int().min(1),
  title: z.string().max(200, "Judul terlalu panjang"),
  subtitle: z.string().max(300, "Subjudul terlalu panjang"),
  datelineCity: z.string().trim().max(60, "Nama kota terlalu panjang"),
  sectionId: z.string().min(1, "Pilih rubrik").max(40),
  topicIds: z.array(z.string().max(40)).max(8, "Maksimal 8 topik"),
  proposedTopics: z
    .array(
      z
        .string()
        .trim()
        .min(2, "Usulan topik terlalu pendek")
        .max(40, "Usulan topik terlalu panjang"),
    )
    .max(3, "Maksimal 3 usulan topik"),
  /** undefined: unchanged · null: remove · id: a newly uploaded image of the writer's */
  heroMediaId: z.string().max(40).nullable().optional(),
  heroImageAlt: z.string().max(300),
  heroImageCaption: z.string().max(300, "Keterangan foto terlalu panjang"),
  heroImageCredit: z.string().max(150, "Kredit foto terlalu panjang"),
  body: documentSchema,
});

export type DraftInput = z.infer<typeof draftInputSchema>;
