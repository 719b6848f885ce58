// Warta's demo taxonomy: sections from the corpus categories, sub-sections and topics from the
// publishers' URL tags. Tags are publisher-specific ("sepakbola" vs "sepak-bola", "health" vs
// "sehat"), so they are normalised here before they become topics anyone can browse.

export type SectionSeed = {
  slug: string;
  name: string;
  description: string;
  position: number;
  parent?: string;
};

export const SECTIONS: SectionSeed[] = [
  {
    slug: "news",
    name: "News",
    position: 0,
    description:
      "Kabar terbaru dari dalam dan luar negeri yang ditulis komunitas Warta: nasional, dunia, ekonomi, politik, dan hukum.",
  },
  {
    slug: "sport",
    name: "Sport",
    position: 1,
    description:
      "Hasil pertandingan, cerita atlet, dan kabar olahraga dari lapangan hijau sampai lintasan balap.",
  },
  {
    slug: "showbiz",
    name: "Showbiz",
    position: 2,
    description: "Kabar selebritas, film, musik, dan dunia hiburan Indonesia maupun mancanegara.",
  },
  {
    slug: "tekno",
    name: "Tekno",
    position: 3,
    description:
      "Gawai, aplikasi, startup, dan perkembangan teknologi yang mengubah keseharian kita.",
  },
  {
    slug: "life",
    name: "Life",
    position: 4,
    description:
      "Gaya hidup, kesehatan, kuliner, dan perjalanan: bacaan untuk hidup yang lebih baik.",
  },
  {
    slug: "inspirasi",
    name: "Inspirasi",
    position: 5,
    description:
      "Kisah orang-orang yang berbuat sesuatu untuk sekitarnya, dan gagasan yang layak ditiru.",
  },
  {
    slug: "nasional",
    name: "Nasional",
    parent: "news",
    position: 0,
    description: "Peristiwa dan kebijakan yang terjadi di seluruh penjuru Indonesia.",
  },
  {
    slug: "dunia",
    name: "Dunia",
    parent: "news",
    position: 1,
    description: "Berita internasional: dari kawasan Asia Tenggara sampai Amerika dan Eropa.",
  },
  {
    slug: "ekonomi",
    name: "Ekonomi",
    parent: "news",
    position: 2,
    description: "Bisnis, keuangan, pasar, dan kebijakan ekonomi yang menyentuh dompet warga.",
  },
  {
    slug: "politik",
    name: "Politik",
    parent: "news",
    position: 3,
    description: "Dinamika partai, parlemen, pemerintahan, dan pemilihan umum.",
  },
  {
    slug: "hukum",
    name: "Hukum",
    parent: "news",
    position: 4,
    description: "Perkara di pengadilan, penegakan hukum, dan kriminalitas.",
  },
  {
    slug: "sepak-bola",
    name: "Sepak Bola",
    parent: "sport",
    position: 0,
    description: "Liga Indonesia, timnas, dan kompetisi sepak bola dunia.",
  },
  {
    slug: "bulu-tangkis",
    name: "Bulu Tangkis",
    parent: "sport",
    position: 1,
    description: "Turnamen bulu tangkis dan olahraga raket, dari pelatnas sampai panggung dunia.",
  },
  {
    slug: "balap",
    name: "Balap",
    parent: "sport",
    position: 2,
    description: "MotoGP, Formula 1, dan ajang balap lainnya.",
  },
  {
    slug: "kesehatan",
    name: "Kesehatan",
    parent: "life",
    position: 0,
    description: "Informasi kesehatan, gizi, dan kebugaran untuk keluarga.",
  },
];

/** IndoSum category -> top-level section. */
export const CATEGORY_SECTION: Record<string, string> = {
  "tajuk utama": "news",
  olahraga: "sport",
  showbiz: "showbiz",
  teknologi: "tekno",
  hiburan: "life",
  inspirasi: "inspirasi",
};

/** Sub-section -> the raw tags that put an article there, most specific sub-section first. */
const SUBSECTION_TAGS: Record<string, string[]> = {
  hukum: ["hukum", "kriminal"],
  politik: ["politik", "pilkadaserentak"],
  ekonomi: ["ekonomi", "bisnis", "uang", "keuangan", "investasi", "bursa-dan-valas"],
  dunia: ["internasional", "dunia", "eropa", "asia", "amerika", "timurtengah"],
  nasional: ["nasional", "jakarta"],
  "sepak-bola": [
    "sepak-bola",
    "sepakbola",
    "sepakbola-spanyol",
    "sepakbola-inggris",
    "sepakbola-italia",
    "sepakbola-prancis",
    "bola",
    "liga-champions",
    "liga-europa",
    "timnas-indonesia",
    "indonesia-soccer-championship",
    "transfer-pemain",
    "uji-coba-internasional",
    "international-champions-cup",
    "bola-retro",
  ],
  "bulu-tangkis": ["bulu-tangkis", "raket"],
  balap: ["balap", "motogp"],
  kesehatan: ["sehat", "health", "kesehatan"],
};

export type TagContext = { category: string; publisher: string; tags: string[]; text: string };

/** JUARA.net files tennis under "raket" too; those stay in Sport rather than Bulu Tangkis. */
function isTennis(text: string) {
  const lower = text.toLowerCase();
  const tennis = (lower.match(/\b(?:tenis|petenis|wta|atp)\b/g) ?? []).length;
  const badminton = (lower.match(/\b(?:bulu tangkis|badminton|bwf|pebulu tangkis)\b/g) ?? [])
    .length;
  return tennis > badminton;
}

function effectiveTags(ctx: TagContext) {
  const tags = new Set(ctx.tags);
  // Goal Indonesia only covers football; its URLs rarely say so.
  if (ctx.publisher === "goal indonesia") tags.add("sepakbola");
  if (tags.has("raket") && isTennis(ctx.text)) {
    tags.delete("raket");
    tags.add("tenis");
  }
  return tags;
}

/** The section slug of a corpus article: a sub-section of its category's section when a tag says so. */
export function sectionFor(ctx: TagContext) {
  const top = CATEGORY_SECTION[ctx.category] ?? "news";
  const tags = effectiveTags(ctx);
  for (const [sub, subTags] of Object.entries(SUBSECTION_TAGS)) {
    const section = SECTIONS.find((s) => s.slug === sub);
    if (section?.parent === top && subTags.some((tag) => tags.has(tag))) return sub;
  }
  return top;
}

export type TopicSeed = { slug: string; name: string; description: string };

const topic = (slug: string, name: string, description?: string): TopicSeed => ({
  slug,
  name,
  description: description ?? `Kumpulan artikel Warta tentang ${name}.`,
});

export const TOPICS: TopicSeed[] = [
  topic("ekonomi", "Ekonomi"),
  topic("bisnis", "Bisnis"),
  topic("keuangan", "Keuangan", "Uang, investasi, perbankan, dan pasar modal."),
  topic("politik", "Politik"),
  topic(
    "pilkada",
    "Pilkada",
    "Pemilihan kepala daerah: kandidat, kampanye, dan hasil hitung suara.",
  ),
  topic("hukum", "Hukum"),
  topic("kriminal", "Kriminal"),
  topic("keamanan", "Keamanan"),
  topic("dunia", "Dunia", "Berita internasional dari berbagai kawasan."),
  topic("asia", "Asia"),
  topic("eropa", "Eropa"),
  topic("amerika", "Amerika"),
  topic("timur-tengah", "Timur Tengah"),
  topic("peristiwa", "Peristiwa", "Kejadian sehari-hari yang menjadi perhatian warga."),
  topic("jakarta", "Jakarta", "Kabar dari ibu kota dan sekitarnya."),
  topic("budaya", "Budaya"),
  topic("seni-dan-sastra", "Seni dan Sastra"),
  topic("sejarah", "Sejarah"),
  topic("agama", "Agama"),
  topic("pendidikan", "Pendidikan"),
  topic("gaya-hidup", "Gaya Hidup", "Tren, kuliner, mode, dan keseharian."),
  topic("wisata", "Wisata", "Tujuan perjalanan dan cerita dari jalan."),
  topic("kesehatan", "Kesehatan", "Informasi kesehatan, gizi, dan kebugaran."),
  topic("teknologi", "Teknologi"),
  topic("gadget", "Gadget", "Ponsel, laptop, kamera, dan gawai lainnya."),
  topic("perangkat-lunak", "Perangkat Lunak", "Aplikasi, sistem operasi, dan gim."),
  topic("otomotif", "Otomotif", "Mobil, motor, dan industri kendaraan."),
  topic("selebritas", "Selebritas"),
  topic("film", "Film"),
  topic("sepak-bola", "Sepak Bola"),
  topic(
    "sepak-bola-nasional",
    "Sepak Bola Nasional",
    "Liga Indonesia, klub-klub tanah air, dan timnas.",
  ),
  topic("liga-inggris", "Liga Inggris"),
  topic("liga-spanyol", "Liga Spanyol"),
  topic("liga-italia", "Liga Italia"),
  topic("liga-prancis", "Liga Prancis"),
  topic("liga-champions", "Liga Champions"),
  topic("liga-europa", "Liga Europa"),
  topic(
    "timnas-indonesia",
    "Timnas Indonesia",
    "Perjalanan tim nasional sepak bola Indonesia di semua kelompok umur.",
  ),
  topic("transfer-pemain", "Transfer Pemain"),
  topic("futsal", "Futsal"),
  topic("bulu-tangkis", "Bulu Tangkis"),
  topic("tenis", "Tenis"),
  topic("balap", "Balap"),
  topic("motogp", "MotoGP"),
  topic("formula-1", "Formula 1"),
  topic("bola-basket", "Bola Basket"),
  topic("bola-voli", "Bola Voli"),
  topic("atletik", "Atletik"),
  // From recurring names in headlines rather than tags.
  topic("kpk", "KPK", "Komisi Pemberantasan Korupsi dan perkara yang ditanganinya."),
  topic("korupsi-e-ktp", "Korupsi e-KTP", "Perkara korupsi proyek KTP elektronik."),
  topic("asian-games", "Asian Games"),
  topic("sea-games", "SEA Games"),
  topic("piala-dunia", "Piala Dunia"),
  topic("korea-utara", "Korea Utara"),
  topic("terorisme", "Terorisme"),
  topic("narkoba", "Narkoba"),
  topic("bencana", "Bencana", "Gempa, banjir, longsor, dan penanganan bencana."),
  topic("ramadan", "Ramadan dan Lebaran", "Puasa, mudik, dan Lebaran."),
  topic("startup", "Startup", "Perusahaan rintisan dan ekosistem digital Indonesia."),
  topic("media-sosial", "Media Sosial"),
  topic("transportasi", "Transportasi", "Jalan, kereta, penerbangan, dan transportasi daring."),
  topic("musik", "Musik"),
  // Used by the hand-written community articles.
  topic(
    "lingkungan",
    "Lingkungan",
    "Sampah, kebun kota, udara, dan air: lingkungan tempat kita tinggal.",
  ),
  topic("komunitas", "Komunitas", "Warga yang bergerak bersama untuk lingkungannya."),
  topic("literasi", "Literasi", "Buku, perpustakaan, dan gerakan membaca."),
  topic(
    "keamanan-digital",
    "Keamanan Digital",
    "Penipuan daring, kata sandi, dan cara melindungi data pribadi.",
  ),
  topic("k-pop", "K-Pop", "Idola, grup, dan panggung musik pop Korea."),
  topic("tinju-dan-mma", "Tinju dan MMA"),
  topic("parlemen", "Parlemen", "DPR, MPR, DPD, dan DPRD."),
  topic("joko-widodo", "Joko Widodo"),
  topic("basuki-tjahaja-purnama", "Basuki Tjahaja Purnama"),
  topic("anies-baswedan", "Anies Baswedan"),
  topic("setya-novanto", "Setya Novanto"),
  topic("donald-trump", "Donald Trump"),
];

/** Raw tag -> topic slug; absent tags are dropped (section names, page types, "ragam", "laporan" …). */
const TAG_TOPIC: Record<string, string> = {
  ekonomi: "ekonomi",
  bisnis: "bisnis",
  uang: "keuangan",
  keuangan: "keuangan",
  investasi: "keuangan",
  "bursa-dan-valas": "keuangan",
  politik: "politik",
  pilkadaserentak: "pilkada",
  hukum: "hukum",
  kriminal: "kriminal",
  keamanan: "keamanan",
  internasional: "dunia",
  dunia: "dunia",
  asia: "asia",
  eropa: "eropa",
  amerika: "amerika",
  timurtengah: "timur-tengah",
  peristiwa: "peristiwa",
  jakarta: "jakarta",
  budaya: "budaya",
  "seni-sastra": "seni-dan-sastra",
  "peradaban-sejarah": "sejarah",
  agama: "agama",
  pendidikan: "pendidikan",
  "gaya-hidup": "gaya-hidup",
  gayahidup: "gaya-hidup",
  gaya: "gaya-hidup",
  lifestyle: "gaya-hidup",
  feminin: "gaya-hidup",
  travel: "wisata",
  sehat: "kesehatan",
  health: "kesehatan",
  kesehatan: "kesehatan",
  teknologi: "teknologi",
  tekno: "teknologi",
  gadget: "gadget",
  hardware: "gadget",
  software: "perangkat-lunak",
  otomotif: "otomotif",
  mobil: "otomotif",
  motor: "otomotif",
  selebritas: "selebritas",
  film: "film",
  "sepak-bola": "sepak-bola",
  sepakbola: "sepak-bola",
  bola: "sepak-bola",
  "sepakbola-inggris": "liga-inggris",
  "sepakbola-spanyol": "liga-spanyol",
  "sepakbola-italia": "liga-italia",
  "sepakbola-prancis": "liga-prancis",
  "liga-champions": "liga-champions",
  "liga-europa": "liga-europa",
  "timnas-indonesia": "timnas-indonesia",
  "indonesia-soccer-championship": "sepak-bola-nasional",
  "transfer-pemain": "transfer-pemain",
  futsal: "futsal",
  "bulu-tangkis": "bulu-tangkis",
  raket: "bulu-tangkis",
  tenis: "tenis",
  balap: "balap",
  motogp: "motogp",
  basket: "bola-basket",
  voli: "bola-voli",
  atletik: "atletik",
};

/** In a sports URL a country or "nasional" names a league, not a news desk. */
const SPORT_TAG_TOPIC: Record<string, string> = {
  inggris: "liga-inggris",
  spanyol: "liga-spanyol",
  italia: "liga-italia",
  indonesia: "sepak-bola-nasional",
  nasional: "sepak-bola-nasional",
  motor: "balap",
  mobil: "balap",
};
const SPORT_IGNORED = new Set(["dunia", "asia", "internasional"]);

/** Recurring names and subjects in headlines (matched on the lowercase slug title). */
const KEYWORD_TOPICS: Array<[string, RegExp]> = [
  ["kpk", /\bkpk\b/],
  ["korupsi-e-ktp", /\be ?ktp\b/],
  ["asian-games", /\basian games\b/],
  ["sea-games", /\bsea games\b/],
  ["piala-dunia", /\bpiala dunia\b/],
  ["korea-utara", /\b(?:korea utara|korut|pyongyang|kim jong)\b/],
  ["terorisme", /\b(?:teror|teroris|terorisme|isis|bom)\b/],
  ["narkoba", /\b(?:narkoba|sabu|ganja|bnn)\b/],
  ["bencana", /\b(?:gempa|banjir|longsor|tsunami|erupsi|puting beliung|bpbd|bnpb)\b/],
  ["ramadan", /\b(?:ramadan|ramadhan|lebaran|mudik|idul fitri)\b/],
  ["startup", /\b(?:startup|start up|fintech|unicorn)\b/],
  ["media-sosial", /\b(?:facebook|twitter|instagram|whatsapp|youtube|media sosial|medsos)\b/],
  ["transportasi", /\b(?:ojek|taksi online|transportasi|kereta|krl|mrt|lrt|bandara|tol)\b/],
  ["motogp", /\b(?:motogp|rossi|marquez|lorenzo)\b/],
  ["formula-1", /\b(?:formula 1|f1|hamilton|vettel|rio haryanto)\b/],
  ["timnas-indonesia", /\btimnas\b/],
  ["transfer-pemain", /\b(?:rekrut|transfer)\b/],
  [
    "sepak-bola-nasional",
    /\b(?:persib|persija|arema|psm|persebaya|sriwijaya fc|bali united|bhayangkara|liga 1|liga 2|pssi)\b/,
  ],
  ["liga-spanyol", /\b(?:real madrid|barcelona|barca|atletico|la liga|sevilla|valencia)\b/],
  [
    "liga-inggris",
    /\b(?:chelsea|arsenal|liverpool|manchester|man united|tottenham|premier league|liga primer)\b/,
  ],
  ["liga-italia", /\b(?:juventus|ac milan|inter milan|napoli|as roma|lazio|serie a)\b/],
  ["tenis", /\b(?:tenis|petenis|federer|nadal|djokovic|serena|sharapova|wimbledon)\b/],
  ["tinju-dan-mma", /\b(?:tinju|ufc|mma|mcgregor|mayweather)\b/],
  ["bola-basket", /\b(?:nba|basket|ibl)\b/],
  ["film", /\b(?:film|sinetron|bioskop|trailer|sutradara|box office|oscar)\b/],
  ["musik", /\b(?:konser|album|lagu|musisi|penyanyi|band|single)\b/],
  ["k-pop", /\b(?:k ?pop|bts|exo|twice|blackpink|bigbang|big bang|snsd|super junior|jkt48)\b/],
  ["parlemen", /\b(?:dpr|mpr|dprd|dpd|pansus)\b/],
  ["joko-widodo", /\b(?:jokowi|joko widodo)\b/],
  ["basuki-tjahaja-purnama", /\b(?:ahok|basuki tjahaja)\b/],
  ["anies-baswedan", /\b(?:anies)\b/],
  ["setya-novanto", /\b(?:setya novanto|novanto|setnov)\b/],
  ["donald-trump", /\btrump\b/],
];

/** Sections whose articles share one subject: their untagged articles still get a topic page. */
const SECTION_FALLBACK_TOPIC: Record<string, string> = {
  tekno: "teknologi",
  life: "gaya-hidup",
  kesehatan: "kesehatan",
  showbiz: "selebritas",
};

const MAX_TOPICS = 4;

/** Topic slugs for a corpus article: tags first, then names from its headline; at most four. */
export function topicsFor(ctx: TagContext, slugTitle: string, sectionSlug: string) {
  const sport = ctx.category === "olahraga";
  const found: string[] = [];
  const add = (slug: string | undefined) => {
    if (slug && !found.includes(slug)) found.push(slug);
  };
  for (const tag of effectiveTags(ctx)) {
    if (sport && SPORT_IGNORED.has(tag)) continue;
    add((sport && SPORT_TAG_TOPIC[tag]) || TAG_TOPIC[tag]);
  }
  const title = slugTitle.toLowerCase();
  for (const [slug, pattern] of KEYWORD_TOPICS) if (pattern.test(title)) add(slug);
  if (!found.length) add(SECTION_FALLBACK_TOPIC[sectionSlug]);
  return found.slice(0, MAX_TOPICS);
}
