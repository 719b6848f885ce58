import { describe, expect, it } from "vitest";
import { casingStats, headlineCase, titleWords } from "./headline-case";

describe("headlineCase", () => {
  it("keeps the body's acronyms and capitalises the other words", () => {
    const body =
      "Ketua MPR Zulkifli Hasan menyesalkan kisruh transportasi online.\n\nMenurut Zulkifli, pelaku transportasi tradisional dan online harus bertemu.";
    expect(
      headlineCase("Ketua mpr mustahil transportasi tradisional dan online bersaing bebas", body),
    ).toBe("Ketua MPR Mustahil Transportasi Tradisional dan Online Bersaing Bebas");
  });

  it("keeps mixed-case brand names as the body writes them", () => {
    const body =
      "Pengguna iPhone di Indonesia kini bisa membeli aksesori dari GoPro secara daring.";
    expect(headlineCase("Pengguna iphone kini bisa beli aksesori gopro", body)).toBe(
      "Pengguna iPhone Kini Bisa Beli Aksesori GoPro",
    );
  });

  it("keeps function words lowercase except at the start", () => {
    expect(
      headlineCase("Di balik layar dari film yang dibuat untuk anak", "Tidak ada keterangan."),
    ).toBe("Di Balik Layar dari Film yang Dibuat untuk Anak");
  });

  it("capitalises proper nouns the body capitalises mid-sentence", () => {
    const body = "Pertandingan digelar di Jakarta. Tim tamu datang dari Bandung kemarin.";
    expect(headlineCase("Laga di jakarta ramai suporter bandung", body)).toBe(
      "Laga di Jakarta Ramai Suporter Bandung",
    );
  });

  it("ignores the casing of sentence-initial words", () => {
    // "Hari" only ever starts a sentence here, so it tells nothing; the title word gets plain title case.
    const body = "Hari ini hujan turun. Hari berikutnya cerah.";
    expect(headlineCase("Hari ini hujan", body)).toBe("Hari Ini Hujan");
  });

  it("trusts an acronym even when it only appears at a sentence start", () => {
    expect(headlineCase("Kpk periksa saksi", "KPK memeriksa tiga saksi hari ini.")).toBe(
      "KPK Periksa Saksi",
    );
  });

  it("treats ALL CAPS emphasis of an ordinary word as emphasis", () => {
    const body =
      "Ia berkata bahwa JUGA penting. Hal itu juga disampaikan kemarin, dan juga hari ini.";
    expect(headlineCase("Itu juga penting", body)).toBe("Itu Juga Penting");
  });

  it("prefers the quieter spelling on a tie", () => {
    const body = "Laga dimulai. Klub MANCHESTER City kalah. Suporter Manchester City kecewa.";
    expect(headlineCase("Manchester city kalah", body)).toBe("Manchester City Kalah");
  });

  it("ignores words that are part of a dotted name", () => {
    const body =
      "Gelar juara dunia sudah tertutup, seperti dilaporkan JUARA.net dan JUARA.net lagi.";
    expect(headlineCase("Gagal jadi juara dunia", body)).toBe("Gagal Jadi Juara Dunia");
  });

  it("rejoins decimal numbers and hyphenated words the slug split", () => {
    const body =
      "Jumlah turis naik 6,68 persen. Proyek e-KTP dan e-KTP lainnya dibahas anak-anak muda.";
    expect(headlineCase("Jumlah turis naik 6 68 persen", body)).toBe(
      "Jumlah Turis Naik 6,68 Persen",
    );
    expect(headlineCase("Korupsi e ktp", body)).toBe("Korupsi e-KTP");
    expect(headlineCase("Cerita anak anak muda", body)).toBe("Cerita Anak-Anak Muda");
  });

  it("rejoins dotted names", () => {
    const body = "Layanan ini dibuat oleh Nikah.id untuk calon pengantin.";
    expect(headlineCase("Nikah id permudah calon pengantin", body)).toBe(
      "Nikah.id Permudah Calon Pengantin",
    );
  });

  it("uppercases vowel-less words and known acronyms the body does not spell", () => {
    expect(headlineCase("Kkp dorong ekspor mutiara ke as", "Kementerian mendorong ekspor.")).toBe(
      "KKP Dorong Ekspor Mutiara ke AS",
    );
  });

  it("writes decades with a hyphen", () => {
    expect(headlineCase("Kamera gaya tahun 70 an", "Kamera klasik.")).toBe(
      "Kamera Gaya Tahun 70-an",
    );
  });

  it("accepts precomputed stats", () => {
    const stats = casingStats("Presiden Joko Widodo berkunjung ke NTT.");
    expect(headlineCase("Joko widodo ke ntt", stats)).toBe("Joko Widodo ke NTT");
  });
});

describe("titleWords", () => {
  it("splits on spaces, dots and hyphens and decodes percent escapes", () => {
    expect(titleWords("Djanur.genjot.persiapan")).toEqual(["djanur", "genjot", "persiapan"]);
    expect(titleWords("Girona v Atl%c3%a9tico madrid")).toEqual([
      "girona",
      "v",
      "atlético",
      "madrid",
    ]);
  });
});
