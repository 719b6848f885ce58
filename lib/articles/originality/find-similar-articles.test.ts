import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { checkDraftOriginality } from "@/lib/articles/originality/check-draft-originality";
import { findSimilarArticles } from "@/lib/articles/originality/find-similar-articles";
import { compareWithShingles, shingleSet } from "@/lib/articles/originality/shingles";
import { refreshSearchWords } from "@/lib/search/refresh-search-words";
import { createArticle, createUser } from "@/test/factories";

const asActor = (u: {
  id: string;
  role: Actor["role"];
  tier: Actor["tier"];
  suspendedAt: Date | null;
}): Actor => ({ id: u.id, role: u.role, tier: u.tier, suspendedAt: u.suspendedAt });

const SOURCE = [
  "Banjir setinggi satu meter merendam ratusan rumah di Kelurahan Kampung Melayu, Jakarta Timur, sejak Selasa dini hari setelah Sungai Ciliwung meluap akibat hujan deras di kawasan Bogor.",
  "Petugas Badan Penanggulangan Bencana Daerah mendirikan dapur umum di halaman masjid dan membagikan selimut, obat-obatan, serta air bersih kepada sedikitnya empat ratus pengungsi yang sebagian besar lansia dan anak-anak.",
  "Lurah setempat mengatakan warga sudah diingatkan melalui pengeras suara sejak tengah malam ketika tinggi muka air di Bendung Katulampa mencapai siaga dua, sehingga tidak ada korban jiwa.",
  "Menurut warga, banjir tahun ini datang lebih cepat dibandingkan tahun lalu karena tanggul sementara di bantaran sungai belum selesai diperbaiki oleh pemerintah provinsi.",
];

const ARCHIVE = [
  {
    title: "Harga Cabai Rawit di Pasar Induk Kramat Jati Melonjak Menjelang Lebaran",
    paragraphs: [
      "Pedagang di Pasar Induk Kramat Jati mengeluhkan lonjakan harga cabai rawit merah yang kini menembus seratus ribu rupiah per kilogram, naik hampir dua kali lipat dalam sepekan.",
      "Pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur berkurang karena petani gagal panen setelah cuaca yang tidak menentu sepanjang bulan lalu.",
      "Dinas Ketahanan Pangan berjanji menggelar operasi pasar di lima wilayah kota untuk menahan kenaikan harga hingga hari raya.",
    ],
  },
  {
    title: "Sekolah di Pelosok Sumba Kekurangan Guru Matematika",
    paragraphs: [
      "Sebuah sekolah menengah pertama di pedalaman Sumba Barat Daya hanya memiliki satu guru matematika untuk melayani lebih dari tiga ratus murid dari enam desa.",
      "Kepala sekolah bercerita bahwa guru honorer sering berhenti karena gaji yang kecil dan jarak tempuh dari kota kabupaten yang mencapai tiga jam perjalanan.",
      "Pemerintah daerah menyatakan akan mengusulkan formasi guru aparatur sipil negara tambahan tahun depan.",
    ],
  },
  {
    title: "Warga Bantaran Sungai Cisadane Tanam Ribuan Bibit Pohon",
    paragraphs: [
      "Ratusan relawan dan warga di bantaran Sungai Cisadane, Kota Tangerang, menanam ribuan bibit pohon trembesi dan bambu untuk mencegah longsor pada musim penghujan.",
      "Ketua komunitas pecinta sungai menjelaskan bahwa akar bambu mampu menahan tanah tebing agar tidak runtuh ketika debit air meningkat.",
      "Kegiatan serupa direncanakan setiap tiga bulan dengan melibatkan pelajar dari sekolah-sekolah di sekitar sungai.",
    ],
  },
  {
    title: "Tim Bulu Tangkis Putri Indonesia Melaju ke Final Piala Uber",
    paragraphs: [
      "Tim bulu tangkis putri Indonesia memastikan tempat di final Piala Uber setelah mengalahkan Korea Selatan dengan skor tiga lawan dua dalam pertandingan yang berlangsung hampir enam jam.",
      "Pelatih kepala memuji ketenangan pemain muda yang tampil di partai penentuan meski tertinggal pada gim pertama.",
      "Di final, Indonesia akan menghadapi juara bertahan Tiongkok yang belum kehilangan satu partai pun sepanjang turnamen.",
    ],
  },
];

const OWN = [
  "Di Kampung Pulo, warga memilih bertahan di lantai dua rumah mereka sambil menunggu perahu karet relawan yang mengantarkan nasi bungkus dua kali sehari.",
  "Seorang ibu penjual gorengan bercerita dagangannya hanyut terbawa arus, dan ia kini berharap bantuan modal dari koperasi kelurahan agar bisa berjualan lagi pekan depan.",
];

let editor: Actor;
let sourceId: string;

async function submission(paragraphs: string[]) {
  const writer = await createUser({ tier: "WRITER" });
  return (
    await createArticle({
      status: "SUBMITTED",
      title: "Cerita Pengungsi Banjir dari Jakarta Timur",
      bodyText: paragraphs.join("\n\n"),
      writerId: writer.id,
    })
  ).id;
}

beforeAll(async () => {
  editor = asActor(await createUser({ role: "EDITOR" }));
  sourceId = (
    await createArticle({
      title: "Ratusan Rumah di Kampung Melayu Terendam Banjir Kiriman",
      bodyText: SOURCE.join("\n\n"),
    })
  ).id;
  for (const article of ARCHIVE)
    await createArticle({ title: article.title, bodyText: article.paragraphs.join("\n\n") });
  // More same-topic articles than the prefilter hands on, so the source has to be found, not just included.
  for (let i = 0; i < 40; i++) {
    await createArticle({
      title: `Banjir dan Hujan Deras di Wilayah ${i}`,
      bodyText: `Warga wilayah ${i} melaporkan banjir setelah hujan deras, kata petugas kelurahan. Relawan membantu pengungsi di sekitar sungai dan masjid sejak pagi hari ${i}.`,
    });
  }
  await refreshSearchWords();
});

describe("shingles", () => {
  it("measures the share of five-word runs found elsewhere and quotes the longest shared passage", () => {
    const other = shingleSet("satu dua tiga empat lima enam tujuh delapan");
    const result = compareWithShingles(
      "Nol satu dua tiga empat lima enam, sembilan sepuluh sebelas dua belas.",
      other,
    );
    expect(result.shared).toBe(2);
    expect(result.overlap).toBeCloseTo(2 / 8);
    expect(result.passage).toBe("satu dua tiga empat lima enam");
    expect(compareWithShingles("terlalu pendek", other)).toEqual({
      overlap: 0,
      shared: 0,
      passage: "",
    });
  });
});

describe("findSimilarArticles", () => {
  it("puts the article two paragraphs were copied from first, with a high overlap and the copied passage", async () => {
    const id = await submission([OWN[0], SOURCE[1], SOURCE[2], OWN[1]]);
    const matches = await findSimilarArticles(editor, id);
    expect(matches[0]).toMatchObject({
      id: sourceId,
      title: "Ratusan Rumah di Kampung Melayu Terendam Banjir Kiriman",
    });
    expect(matches[0].href).toMatch(/^\/rubrik-[0-9a-f]+\/artikel-[0-9a-f]+$/);
    expect(matches[0].overlap).toBeGreaterThan(0.4);
    expect(matches[0].passage).toContain("mendirikan dapur umum di halaman masjid");
    expect(matches.slice(1).every((m) => m.overlap < 0.05)).toBe(true);
  });

  it("finds nothing above a few percent for an original text on the same topic", async () => {
    const id = await submission([
      ...OWN,
      "Relawan dari kampus terdekat membuka posko kesehatan darurat dan memeriksa anak-anak yang mulai demam serta gatal-gatal setelah dua hari berada di pengungsian.",
    ]);
    const matches = await findSimilarArticles(editor, id);
    expect(matches.every((m) => m.overlap < 0.05)).toBe(true);
  });

  it("is for editors only", async () => {
    const id = await submission([SOURCE[0]]);
    const writer = asActor(await createUser({ tier: "VERIFIED" }));
    await expect(findSimilarArticles(null, id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(findSimilarArticles(writer, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      findSimilarArticles(
        asActor(await createUser({ role: "EDITOR", suspendedAt: new Date() })),
        id,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findSimilarArticles(editor, "tidak-ada")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.auditLog.count({ where: { targetId: id } })).toBe(0);
  });
});

describe("checkDraftOriginality", () => {
  it("shows the writer the same matches on their own draft before submitting, and nobody else's", async () => {
    const writerUser = await createUser({ tier: "MEMBER" });
    const writer = asActor(writerUser);
    const draft = await createArticle({
      status: "DRAFT",
      title: "Cerita Pengungsi Banjir",
      bodyText: [OWN[0], SOURCE[1], SOURCE[2]].join("\n\n"),
      writerId: writerUser.id,
    });
    const matches = await checkDraftOriginality(writer, draft.id);
    expect(matches[0]).toMatchObject({ id: sourceId });
    expect(matches[0].passage).toContain("mendirikan dapur umum di halaman masjid");

    const stranger = asActor(await createUser({ tier: "WRITER" }));
    await expect(checkDraftOriginality(stranger, draft.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(checkDraftOriginality(null, draft.id)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    const submitted = await createArticle({ status: "SUBMITTED", writerId: writerUser.id });
    await expect(checkDraftOriginality(writer, submitted.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
