// Hand-written community articles that show every part of an article page: subtitle, dateline,
// hero image with caption and credit, numbered sections, quotations, "Baca Juga" embeds, a list,
// a link and an image in the body. The text is original demo writing; people and places in it
// are illustrative.
import {
  documentSchema,
  type ArticleDocument,
  type BlockNode,
} from "../../lib/articles/document-schema";
import { countWords, documentText, renderDocumentHtml } from "../../lib/articles/render-document";
import { VERIFIED_WRITER_EMAIL } from "./demo-users";
import { stableId } from "./ids";
import { SECTIONS } from "./sections-and-topics";
import type { SeedArticle } from "./types";

type Inline = string | { text: string; href: string };
/** Where a "Baca Juga" points: another hand-written article by key, or a corpus article of the same section. */
type ReadAlsoRef = { article: string } | "corpus";
type Block = BlockNode | { readAlso: ReadAlsoRef };

const CREDIT = "Ilustrasi: Warta/Demo";

const p = (...parts: Inline[]): BlockNode => ({
  type: "paragraph",
  content: parts.map((part) =>
    typeof part === "string"
      ? { type: "text", text: part }
      : { type: "text", text: part.text, marks: [{ type: "link", attrs: { href: part.href } }] },
  ),
});
const h2 = (text: string): BlockNode => ({
  type: "heading",
  attrs: { level: 2 },
  content: [{ type: "text", text }],
});
const quote = (text: string): BlockNode => ({
  type: "blockquote",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});
const bullets = (...items: string[]): BlockNode => ({
  type: "bulletList",
  content: items.map((text) => ({
    type: "listItem",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  })),
});
const image = (src: string, alt: string, caption: string): BlockNode => ({
  type: "image",
  attrs: { src, alt, caption, credit: CREDIT },
});
const readAlso = (ref: ReadAlsoRef): Block => ({ readAlso: ref });

type Draft = {
  key: string;
  title: string;
  subtitle: string;
  datelineCity: string;
  sectionSlug: string;
  topicSlugs: string[];
  writerEmail: string;
  hoursAgo: number;
  /** Headline words of a fitting corpus article for the "Baca Juga" that points into the corpus. */
  related: RegExp;
  hero: { name: string; alt: string; caption: string };
  blocks: Block[];
};

const DRAFTS: Draft[] = [
  {
    key: "kebun-bersama",
    title: "Warga Sukasari Ubah Lahan Tidur Jadi Kebun Sayur Bersama",
    subtitle:
      "Tiga tahun lalu lahan itu tempat orang membuang puing. Kini dua puluh keluarga memanen sayur dari sana setiap pekan.",
    datelineCity: "Bandung",
    sectionSlug: "nasional",
    topicSlugs: ["lingkungan", "komunitas", "gaya-hidup"],
    writerEmail: VERIFIED_WRITER_EMAIL,
    hoursAgo: 2,
    related: /\b(?:kebun sayur|urban farming|sejuta tanaman)\b/i,
    hero: {
      name: "kebun-kota",
      alt: "Ilustrasi bedeng-bedeng sayur dengan deretan gedung kota di latar belakang",
      caption: "Ilustrasi kebun sayur bersama di tengah permukiman padat.",
    },
    blocks: [
      p(
        "Lahan kosong seluas kira-kira 600 meter persegi di ujung gang RW 05 Kelurahan Sukasari dulu dikenal warga sebagai tempat membuang puing bangunan. Kini, setiap Sabtu pagi, tempat yang sama dipenuhi warga yang datang membawa ember dan gunting untuk memanen kangkung, bayam, dan cabai.",
      ),
      p(
        "Kebun itu dikelola bersama oleh dua puluh keluarga. Tidak ada yang memilikinya sendirian: pembagian hasil, jadwal menyiram, sampai urusan kompos diputuskan dalam rapat bulanan di pos ronda.",
      ),
      readAlso({ article: "pilah-sampah" }),
      h2("Berawal dari kerja bakti"),
      p(
        "Gagasan kebun muncul saat kerja bakti membersihkan lahan selepas musim hujan. Ketua RT setempat, Sumarni (52), mengajak warga memanfaatkan tanah yang sudah bersih sebelum kembali dipenuhi sampah.",
      ),
      quote(
        "“Kalau dibiarkan kosong, seminggu lagi orang pasti buang sampah di sini. Jadi kami pikir, lebih baik ditanami sekalian,” kata Sumarni.",
      ),
      p(
        "Bibit pertama berasal dari sumbangan warga. Ada yang membawa biji cabai dari dapur, ada yang menyisihkan stek singkong. Pemilik lahan, warga yang kini tinggal di luar kota, memberi izin pemakaian selama lahan itu belum dibangun.",
      ),
      h2("Kompos dari dapur sendiri"),
      p(
        "Tanah bekas puing ternyata miskin unsur hara. Warga lalu membuat komposter dari drum bekas untuk mengolah sisa sayur dan kulit buah dari dapur masing-masing. Dalam tiga bulan, kompos pertama siap dipakai.",
      ),
      image(
        "/demo/body/denah-kebun.svg",
        "Denah kebun dengan lima petak bedeng, sebuah komposter, dan tandon air",
        "Denah kebun bersama: lima bedeng sayur, komposter, dan tandon penampung air hujan.",
      ),
      p(
        "Air untuk menyiram ditampung dari talang rumah terdekat ke sebuah tandon. Saat kemarau, warga bergiliran mengangkut air dari sumur.",
      ),
      h2("Hasil panen dibagi rata"),
      p(
        "Setiap keluarga mendapat bagian panen yang sama, ditambah jatah lebih untuk warga lanjut usia yang tinggal sendiri. Sisa panen dijual murah ke tetangga, dan uangnya dipakai membeli bibit serta memperbaiki pagar.",
      ),
      p("Pengurus kebun, Yusuf (34), mengatakan manfaat terbesarnya justru bukan sayur."),
      quote(
        "“Dulu kami cuma saling sapa di gang. Sekarang tiap Sabtu mengobrol lama di kebun, anak-anak ikut menanam. Rasanya kampung jadi lebih dekat,” ujarnya.",
      ),
      p(
        "Warga berencana menambah dua bedeng lagi tahun depan dan mengajak sekolah dasar di dekat kampung untuk belajar menanam di sana.",
      ),
      readAlso("corpus"),
    ],
  },
  {
    key: "pilah-sampah",
    title: "Memilah Sampah Rumah Tangga Dimulai dari Dapur",
    subtitle:
      "Tidak perlu alat mahal: cukup tiga wadah, tempat yang tepat, dan kebiasaan baru di rumah.",
    datelineCity: "Yogyakarta",
    sectionSlug: "life",
    topicSlugs: ["lingkungan", "gaya-hidup"],
    writerEmail: VERIFIED_WRITER_EMAIL,
    hoursAgo: 7,
    related: /\b(?:sampah jadi|daur ulang|bank sampah)\b/i,
    hero: {
      name: "pilah-sampah",
      alt: "Ilustrasi tiga tempat sampah berwarna hijau, kuning, dan oranye",
      caption: "Ilustrasi tiga wadah sampah terpilah: organik, anorganik, dan B3.",
    },
    blocks: [
      p(
        "Sebagian besar sampah rumah tangga di kota-kota Indonesia berasal dari dapur: sisa sayur, kulit buah, dan nasi yang tidak habis. Sampah jenis ini sebenarnya paling mudah diolah, asalkan tidak tercampur dengan plastik dan kaca sejak awal.",
      ),
      p(
        "Memilah sampah tidak membutuhkan alat mahal. Yang diperlukan hanyalah kebiasaan baru dan beberapa wadah di tempat yang tepat.",
      ),
      h2("Kenali tiga kelompok sampah"),
      p("Untuk memulai, cukup bedakan sampah rumah menjadi tiga kelompok:"),
      bullets(
        "Organik: sisa makanan, sayur, kulit buah, dan daun kering. Bisa diolah menjadi kompos.",
        "Anorganik: plastik, kertas, kardus, kaleng, dan kaca. Bersihkan dan keringkan sebelum disimpan agar bisa didaur ulang.",
        "B3 (bahan berbahaya dan beracun): baterai bekas, lampu, obat kedaluwarsa, dan kemasan pembasmi serangga. Simpan terpisah dan serahkan ke titik pengumpulan khusus.",
      ),
      readAlso({ article: "kebun-bersama" }),
      h2("Atur wadah di tempat yang tepat"),
      p(
        "Letakkan wadah organik di dekat tempat memasak, karena dari sanalah sampah itu paling banyak muncul. Wadah anorganik bisa ditaruh di dekat pintu belakang atau gudang, sedangkan sampah B3 cukup dikumpulkan dalam kotak kecil bertutup yang jauh dari jangkauan anak-anak.",
      ),
      quote(
        "“Kesalahan yang paling sering kami temui adalah menaruh semua wadah di luar rumah. Akhirnya orang malas berjalan, dan sampah kembali dicampur,” kata Ratna, relawan bank sampah di Sleman.",
      ),
      h2("Salurkan ke bank sampah"),
      p(
        "Sampah anorganik yang sudah bersih bisa disetorkan ke bank sampah di lingkungan sekitar. Banyak bank sampah mencatat setoran warga sebagai tabungan yang dapat dicairkan atau ditukar dengan kebutuhan pokok.",
      ),
      p(
        "Sampah organik dapat diolah sendiri dengan komposter sederhana dari ember berlubang. Dalam beberapa minggu, hasilnya bisa dipakai untuk menyuburkan tanaman di pekarangan.",
      ),
      p(
        "Mulailah dari yang kecil. Satu keluarga yang rutin memilah sampah memang tidak mengubah kota dalam semalam, tetapi kebiasaan itu menular ke tetangga, lalu ke satu kampung.",
      ),
      readAlso("corpus"),
    ],
  },
  {
    key: "perpustakaan-sepeda",
    title: "Perpustakaan Sepeda Antar Buku ke Gang-Gang Sempit di Denpasar",
    subtitle:
      "Kalau anak-anak sulit datang ke perpustakaan, perpustakaannya yang datang dengan sepeda.",
    datelineCity: "Denpasar",
    sectionSlug: "inspirasi",
    topicSlugs: ["literasi", "pendidikan", "komunitas"],
    writerEmail: "demo.penulis12@warta.test",
    hoursAgo: 27,
    related: /\b(?:perpustakaan|taman baca)\b/i,
    hero: {
      name: "perpustakaan-sepeda",
      alt: "Ilustrasi sepeda dengan tumpukan buku di depan deretan rumah saat senja",
      caption: "Ilustrasi sepeda perpustakaan keliling di gang permukiman.",
    },
    blocks: [
      p(
        "Setiap Minggu sore, sebuah sepeda tua dengan kotak kayu di boncengannya berhenti di mulut gang permukiman padat di Denpasar. Belum sempat standar sepeda dipasang, anak-anak sudah berkerumun memilih buku.",
      ),
      p(
        "Sepeda itu adalah perpustakaan keliling yang dijalankan sekelompok mahasiswa dan pekerja muda sejak dua tahun lalu. Koleksinya sekitar 400 buku hasil sumbangan, sebagian besar buku cerita anak dan komik pengetahuan.",
      ),
      h2("Buku yang datang sendiri"),
      p(
        "Komang (27), salah satu penggagasnya, bercerita bahwa ide itu muncul karena perpustakaan terdekat berjarak beberapa kilometer dan sulit dijangkau anak-anak tanpa diantar orang tua.",
      ),
      quote(
        "“Kami berpikir sederhana saja. Kalau anak-anak susah datang ke perpustakaan, biar perpustakaannya yang datang ke mereka,” katanya.",
      ),
      readAlso({ article: "kebun-bersama" }),
      h2("Pinjam tanpa kartu anggota"),
      p(
        "Anak-anak boleh meminjam dua buku sekaligus tanpa kartu anggota. Relawan hanya mencatat nama dan gang tempat tinggal mereka di sebuah buku tulis. Selama dua tahun berjalan, menurut catatan relawan, hanya segelintir buku yang tidak kembali.",
      ),
      p(
        "Selain meminjamkan buku, relawan membacakan cerita untuk anak-anak yang belum lancar membaca. Sesi membaca bersama itu biasanya berlangsung setengah jam sebelum sepeda berpindah ke gang berikutnya.",
      ),
      h2("Mencari relawan dan buku baru"),
      p(
        "Tantangan terbesar saat ini adalah menambah relawan yang bisa datang rutin. Kelompok itu juga sedang mengumpulkan buku berbahasa daerah agar anak-anak mengenal cerita rakyat Bali dari bacaan, tidak hanya dari tuturan orang tua.",
      ),
      quote(
        "“Buku bergambar dalam bahasa Bali masih sedikit sekali. Kalau ada yang punya di rumah dan sudah tidak dibaca, kami senang sekali menerimanya,” kata Komang.",
      ),
      p(
        "Warga yang ingin membantu dapat menyumbangkan buku layak baca atau ikut bersepeda bersama relawan pada akhir pekan.",
      ),
      readAlso("corpus"),
    ],
  },
  {
    key: "liga-futsal",
    title: "Liga Futsal Antarkampung Jadi Ajang Pencarian Pemain Muda di Makassar",
    subtitle:
      "Enam belas tim bertanding setiap Jumat malam, dan setiap tim wajib menurunkan pemain di bawah 17 tahun.",
    datelineCity: "Makassar",
    sectionSlug: "sport",
    topicSlugs: ["futsal", "komunitas"],
    writerEmail: "demo.penulis3@warta.test",
    hoursAgo: 53,
    related: /\b(?:futsal)\b/i,
    hero: {
      name: "futsal-malam",
      alt: "Ilustrasi lapangan futsal terbuka di bawah lampu sorot pada malam hari",
      caption: "Ilustrasi lapangan futsal terbuka tempat liga antarkampung digelar.",
    },
    blocks: [
      p(
        "Lapangan futsal terbuka di sebuah kompleks olahraga di Makassar selalu ramai setiap Jumat malam selama dua bulan terakhir. Enam belas tim dari berbagai kampung bertanding dalam liga antarkampung yang digagas karang taruna setempat.",
      ),
      p(
        "Liga ini diperuntukkan bagi pemain berusia 15 hingga 20 tahun. Panitia mewajibkan setiap tim menurunkan paling sedikit dua pemain di bawah 17 tahun di setiap laga, agar pemain termuda juga mendapat menit bermain.",
      ),
      h2("Aturan dibuat untuk pemain muda"),
      p(
        "Pertandingan memakai ",
        { text: "aturan futsal", href: "https://id.wikipedia.org/wiki/Futsal" },
        " yang lazim, dengan durasi dipersingkat menjadi dua babak masing-masing 15 menit. Wasitnya pengurus futsal daerah yang bersedia membantu tanpa bayaran.",
      ),
      quote(
        "“Kami tidak mengejar juara. Yang penting anak-anak punya tempat bermain yang teratur, ada wasitnya, ada jadwalnya,” kata Andi Rahman, koordinator liga.",
      ),
      readAlso({ article: "perpustakaan-sepeda" }),
      h2("Pelatih klub ikut menonton"),
      p(
        "Di pinggir lapangan, beberapa pelatih klub dan sekolah futsal tampak mencatat nama pemain. Menurut panitia, sedikitnya lima pemain dari musim lalu kini berlatih di akademi futsal di kota itu.",
      ),
      p(
        "Salah satunya Fikri (17), pemain sayap yang musim lalu mencetak gol terbanyak. Ia kini berlatih tiga kali sepekan di sebuah akademi sambil tetap bersekolah.",
      ),
      h2("Menunggu dukungan lapangan"),
      p(
        "Panitia berharap musim depan bisa menambah jumlah tim dan membuka kategori putri. Kendalanya ada pada biaya sewa lapangan, yang selama ini ditanggung dari iuran tim dan sumbangan warga.",
      ),
      p(
        "Babak final musim ini dijadwalkan berlangsung akhir bulan dan terbuka untuk umum tanpa dipungut biaya.",
      ),
      readAlso("corpus"),
    ],
  },
  {
    key: "pesan-penipuan",
    title: "Tiga Tanda Pesan Penipuan di Ponsel yang Sering Terlewat",
    subtitle:
      "Penipu terus mengganti cerita, tetapi pola pesannya nyaris selalu sama. Kenali sebelum membalas.",
    datelineCity: "Medan",
    sectionSlug: "tekno",
    topicSlugs: ["keamanan-digital", "teknologi"],
    writerEmail: "demo.penulis5@warta.test",
    hoursAgo: 74,
    related: /\b(?:phishing|penipuan telepon|ransomware)\b/i,
    hero: {
      name: "pesan-penipuan",
      alt: "Ilustrasi ponsel berisi gelembung pesan dengan tanda peringatan kuning di sampingnya",
      caption: "Ilustrasi pesan mencurigakan di layar ponsel.",
    },
    blocks: [
      p(
        "Pesan singkat yang mengaku dari kurir, bank, atau kerabat masih menjadi cara favorit penipu untuk menjebak pengguna ponsel. Ceritanya terus berganti, tetapi polanya sering kali sama.",
      ),
      p(
        "Berikut tiga tanda yang patut diwaspadai sebelum Anda membalas pesan, membuka tautan, atau mengunduh berkas kiriman orang yang tidak dikenal.",
      ),
      h2("Mendesak dan menakut-nakuti"),
      p(
        "Pesan penipuan hampir selalu membuat penerimanya terburu-buru: paket akan dikembalikan, rekening akan diblokir, atau anggota keluarga sedang dalam masalah. Tujuannya agar korban bertindak sebelum sempat berpikir.",
      ),
      quote(
        "“Kalau sebuah pesan membuat Anda panik, justru itu saatnya berhenti sejenak. Tutup pesannya, lalu hubungi lembaganya lewat nomor resmi yang Anda cari sendiri,” kata Lestari, pegiat literasi digital di Medan.",
      ),
      h2("Tautan dan berkas yang janggal"),
      p(
        "Perhatikan alamat tautan dengan teliti. Penipu kerap memakai nama domain yang mirip nama lembaga resmi, hanya berbeda satu huruf atau diberi tambahan kata. Berkas berakhiran .apk yang dikirim lewat aplikasi pesan juga patut dicurigai, karena bisa berisi aplikasi yang mencuri data.",
      ),
      readAlso({ article: "pilah-sampah" }),
      h2("Meminta data rahasia"),
      p(
        "Bank dan penyedia layanan tidak pernah meminta kode OTP, PIN, atau kata sandi melalui pesan maupun telepon. Permintaan seperti itu hampir pasti penipuan, siapa pun yang mengaku sebagai pengirimnya.",
      ),
      p(
        "Jika terlanjur memberikan data, segera hubungi bank atau penyedia layanan melalui saluran resmi untuk memblokir akun, lalu ganti kata sandi dari perangkat lain yang aman.",
      ),
      p(
        "Kebiasaan kecil, seperti tidak membuka tautan dari nomor tak dikenal dan memeriksa ulang setiap permintaan uang dari kerabat, dapat mencegah kerugian yang jauh lebih besar.",
      ),
      readAlso("corpus"),
    ],
  },
];

export const anatomyArticleId = (key: string) => stableId("anatomy-article", key);

const topSectionOf = (slug: string) => SECTIONS.find((s) => s.slug === slug)?.parent ?? slug;

/**
 * The newest corpus article whose headline fits the draft, else the newest in the same top-level
 * section (ties broken by id), so a reseed picks the same one. Without a corpus, another
 * hand-written article stands in.
 */
function corpusTarget(draft: Draft, corpus: SeedArticle[]) {
  const newest = (candidates: SeedArticle[]) =>
    candidates.reduce<SeedArticle | undefined>(
      (best, a) =>
        !best ||
        a.publishedAt > best.publishedAt ||
        (+a.publishedAt === +best.publishedAt && a.id < best.id)
          ? a
          : best,
      undefined,
    );
  const top = topSectionOf(draft.sectionSlug);
  const best =
    newest(corpus.filter((a) => draft.related.test(a.title))) ??
    newest(corpus.filter((a) => topSectionOf(a.sectionSlug) === top));
  if (best) return best.id;
  const linked = new Set(
    draft.blocks.flatMap((b) =>
      "readAlso" in b && b.readAlso !== "corpus" ? [b.readAlso.article] : [],
    ),
  );
  const standIn =
    DRAFTS.find((d) => d.key !== draft.key && !linked.has(d.key)) ??
    DRAFTS.find((d) => d.key !== draft.key);
  return anatomyArticleId(standIn?.key ?? draft.key);
}

function buildDocument(draft: Draft, corpus: SeedArticle[]): ArticleDocument {
  const content = draft.blocks.map((block): BlockNode => {
    if (!("readAlso" in block)) return block;
    const articleId =
      block.readAlso === "corpus"
        ? corpusTarget(draft, corpus)
        : anatomyArticleId(block.readAlso.article);
    return { type: "readAlso", attrs: { articleId } };
  });
  // The same validation the editor's input goes through: the demo must be a document Warta accepts.
  return documentSchema.parse({ type: "doc", content });
}

const HOUR = 3_600_000;

/** The hand-written articles, dated relative to `now`; the first is the featured home headline. */
export function anatomyArticles(now: Date, corpus: SeedArticle[]): SeedArticle[] {
  return DRAFTS.map((draft, i) => {
    const body = buildDocument(draft, corpus);
    const bodyText = documentText(body);
    const publishedAt = new Date(now.getTime() - draft.hoursAgo * HOUR);
    return {
      id: anatomyArticleId(draft.key),
      title: draft.title,
      slug: "",
      subtitle: draft.subtitle,
      datelineCity: draft.datelineCity,
      body,
      bodyHtml: renderDocumentHtml(body),
      bodyText,
      wordCount: countWords(bodyText),
      sectionSlug: draft.sectionSlug,
      topicSlugs: draft.topicSlugs,
      writerEmail: draft.writerEmail,
      createdAt: new Date(publishedAt.getTime() - 26 * HOUR),
      submittedAt: new Date(publishedAt.getTime() - 3 * HOUR),
      publishedAt,
      hero: {
        url: `/demo/hero/${draft.hero.name}.svg`,
        alt: draft.hero.alt,
        caption: draft.hero.caption,
        credit: CREDIT,
      },
      featured: i === 0,
      source: null,
    };
  });
}
