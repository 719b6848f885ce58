/** "1.250 poin" */
export const formatPoints = (points: number) => `${points.toLocaleString("id-ID")} poin`;

/** "Rp 50.000" */
export const formatRupiah = (rupiah: number) => `Rp ${rupiah.toLocaleString("id-ID")}`;
