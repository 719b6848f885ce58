import { describe, expect, it } from "vitest";
import { cleanBody, firstSentence, normaliseCity, parseDateline, sentences } from "./corpus-text";

describe("parseDateline", () => {
  it.each([
    ["Jakarta, CNN Indonesia -- Presiden meresmikan jalan tol.", "Jakarta"],
    ["Bandung (ANTARA News) - Hujan deras turun.", "Bandung"],
    ["JAKARTA (Pos Kota) – Polisi menangkap pelaku.", "Jakarta"],
    ["JUARA.NET, KUALA LUMPUR - Ganda putra melaju.", "Kuala Lumpur"],
    ["BARCELONA, JUARA.net - Messi mencetak gol.", "Barcelona"],
    ["JAKARTA, KOMPAS.com - Harga cabai naik.", "Jakarta"],
  ])("reads the city of %s", (paragraph, city) => {
    const result = parseDateline(paragraph);
    expect(result.city).toBe(city);
    expect(result.text).not.toMatch(/CNN|ANTARA|Pos Kota|JUARA|KOMPAS/i);
  });

  it("strips a publisher prefix without a city", () => {
    expect(parseDateline("Suara.com - Cerita sekuel bocor.")).toEqual({
      city: null,
      text: "Cerita sekuel bocor.",
    });
    expect(parseDateline("Merdeka.com - Polisi berjaga.")).toEqual({
      city: null,
      text: "Polisi berjaga.",
    });
  });

  it("reads a bare place only for the publishers that write one", () => {
    expect(parseDateline("INGGRIS – Manchester City ditahan imbang.", "poskotanews")).toEqual({
      city: "Inggris",
      text: "Manchester City ditahan imbang.",
    });
    expect(parseDateline("GO - JEK meluncurkan fitur baru.", "dailysocial.id").city).toBeNull();
  });

  it("leaves ordinary opening sentences alone", () => {
    const text = "Ketua MPR Zulkifli Hasan menyesalkan kisruh - katanya - yang terjadi.";
    expect(parseDateline(text)).toEqual({ city: null, text });
  });
});

describe("normaliseCity", () => {
  it("title-cases capitals and repairs a clipped Jakarta", () => {
    expect(normaliseCity("TERMAS DE RIO HONDO")).toBe("Termas de Rio Hondo");
    expect(normaliseCity("Bandarlampung")).toBe("Bandarlampung");
    expect(normaliseCity("Jakart")).toBe("Jakarta");
  });
});

describe("cleanBody", () => {
  it("removes the dateline and the publisher's cross-links", () => {
    const body = [
      "Jakarta, CNN Indonesia -- Paragraf pertama.",
      "Baca juga: Judul Lain di Situs Penerbit",
      "(Baca: Judul Lain Lagi)",
      "[Baca Juga: Judul Ketiga]",
      "SIMAK JUGA - Judul Keempat",
      "Paragraf kedua. Baca juga: Judul yang Menempel di Akhir",
      "(ard/ard)",
    ].join("\n\n");
    expect(cleanBody(body)).toEqual({
      city: "Jakarta",
      paragraphs: ["Paragraf pertama.", "Paragraf kedua."],
      dropped: 6,
    });
  });

  it("drops the list of titles under a bare 'Baca juga:' but keeps the prose after it", () => {
    const body = [
      "Pembuka cerita.",
      "Baca Juga:",
      "Judul Pertama",
      "Judul Kedua?",
      "Setelah itu, giliran pemain tunggal.",
      "Penutup.",
    ].join("\n\n");
    expect(cleanBody(body).paragraphs).toEqual([
      "Pembuka cerita.",
      "Setelah itu, giliran pemain tunggal.",
      "Penutup.",
    ]);
  });

  it("removes Suara.com's widget placeholder, even inside a word", () => {
    const body = [
      "Suara.com - Pembuka.",
      "Baca_Juga",
      "Ma Baca_Juga ntan Panglima TNI ini menuturkan hal itu.",
    ].join("\n\n");
    expect(cleanBody(body, "suara").paragraphs).toEqual([
      "Pembuka.",
      "Mantan Panglima TNI ini menuturkan hal itu.",
    ]);
  });

  it("keeps quotations that merely start with the word Baca", () => {
    const quoted = '"Baca Al-Quran itu enggak cuma pas Ramadhan," katanya.';
    expect(cleanBody(`Pembuka.\n\n${quoted}`).paragraphs).toEqual(["Pembuka.", quoted]);
  });

  it("drops the DailySocial footer and photo credits", () => {
    const body = [
      "(Kredit: juara.net)",
      "JUARA.net - Isi berita.",
      "DailySocial.id adalah portal berita startup dan inovasi teknologi.",
    ].join("\n\n");
    expect(cleanBody(body, "juara.net").paragraphs).toEqual(["Isi berita."]);
  });
});

describe("sentences", () => {
  it("splits at sentence ends, not at abbreviations or initials", () => {
    expect(
      sentences(
        "Produk milik PT. Charoen Pokphand diekspor. Menurut dr. Muki, itu wajar. A. Rahman setuju!",
      ),
    ).toEqual([
      "Produk milik PT. Charoen Pokphand diekspor.",
      "Menurut dr. Muki, itu wajar.",
      "A. Rahman setuju!",
    ]);
  });
});

describe("firstSentence", () => {
  it("takes the first sentence when it is long enough to stand alone", () => {
    const first =
      "Ketua MPR Zulkifli Hasan menyesalkan kisruh antara pelaku transportasi online dan tradisional.";
    expect(firstSentence(`${first} Kalimat kedua menyusul.`)).toBe(first);
  });

  it("adds the next sentence to a lead that is too short", () => {
    expect(
      firstSentence(
        "Kecewa. Perasaan itu kini dirasakan para pendukung tim tamu. Kalimat ketiga tidak perlu.",
      ),
    ).toBe("Kecewa. Perasaan itu kini dirasakan para pendukung tim tamu.");
  });

  it("cuts a long sentence at a word boundary with an ellipsis", () => {
    const long = `${"kata ".repeat(60).trim()}.`;
    const result = firstSentence(long, 160);
    expect(result.length).toBeLessThanOrEqual(160);
    expect(result.endsWith("kata…")).toBe(true);
  });
});
