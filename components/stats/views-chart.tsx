import { useLocale, useTranslations } from "next-intl";
import { languageTag, type Locale } from "@/lib/i18n/locales";
import type { DayViews } from "@/lib/stats/get-writer-stats";
import styles from "./stats.module.css";

// Views per day as a server-rendered SVG bar chart (no client JavaScript) with the same numbers in
// a table beside it: the chart is hidden from assistive technology, the table is the accessible form.

function formatsFor(locale: Locale) {
  const tag = languageTag[locale];
  return {
    shortDay: new Intl.DateTimeFormat(tag, {
      timeZone: "UTC",
      weekday: "short",
      day: "numeric",
      month: "short",
    }),
    dayOfMonth: new Intl.DateTimeFormat(tag, { timeZone: "UTC", day: "numeric" }),
    number: new Intl.NumberFormat(tag),
  };
}
const FORMATS = { id: formatsFor("id"), en: formatsFor("en") } satisfies Record<Locale, unknown>;

const WIDTH = 560;
const HEIGHT = 200;
const PAD = { top: 16, right: 8, bottom: 28, left: 36 };

function niceMax(max: number) {
  if (max <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s * 4 >= max) ?? magnitude * 10;
  return step * 4;
}

type Props = { days: DayViews[]; caption: string; today: string; id: string };

export function ViewsChart({ days, caption, today, id }: Props) {
  const t = useTranslations("studio.chart");
  const { shortDay, dayOfMonth, number } = FORMATS[useLocale()];
  const top = niceMax(Math.max(0, ...days.map((d) => d.views)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / days.length;
  const barW = Math.max(4, slot * 0.64);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  return (
    <figure className={styles.chart} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className={styles.caption}>
        {caption}
      </figcaption>
      <div className={styles.chartBody}>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className={styles.svg}
          aria-hidden="true"
          focusable="false"
        >
          {[0, 0.25, 0.5, 0.75, 1].map((f) => (
            <g key={f}>
              <line
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={y(top * f)}
                y2={y(top * f)}
                className={styles.grid}
              />
              <text x={PAD.left - 6} y={y(top * f) + 4} textAnchor="end" className={styles.axis}>
                {number.format(top * f)}
              </text>
            </g>
          ))}
          {days.map((d, i) => {
            const x = PAD.left + i * slot + (slot - barW) / 2;
            const h = (d.views / top) * plotH;
            return (
              <g key={d.day} data-day={d.day} data-views={d.views}>
                <rect
                  x={x}
                  y={PAD.top + plotH - h}
                  width={barW}
                  height={h}
                  rx={2}
                  className={d.day === today ? styles.barToday : styles.bar}
                />
                {d.views > 0 && (
                  <text
                    x={x + barW / 2}
                    y={PAD.top + plotH - h - 4}
                    textAnchor="middle"
                    className={styles.value}
                  >
                    {number.format(d.views)}
                  </text>
                )}
                {(i % 2 === days.length % 2 || d.day === today) && (
                  <text
                    x={x + barW / 2}
                    y={HEIGHT - 10}
                    textAnchor="middle"
                    className={styles.axis}
                  >
                    {dayOfMonth.format(new Date(`${d.day}T00:00:00Z`))}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <div
          className={styles.tableWrap}
          tabIndex={0}
          role="region"
          aria-label={t("table", { caption })}
        >
          <table className={styles.table}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("views")}</th>
              </tr>
            </thead>
            <tbody>
              {[...days].reverse().map((d) => (
                <tr key={d.day}>
                  <th scope="row">
                    {shortDay.format(new Date(`${d.day}T00:00:00Z`))}
                    {d.day === today && t("today")}
                  </th>
                  <td>{number.format(d.views)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}
