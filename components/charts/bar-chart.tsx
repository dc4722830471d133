import { scaleBand, scaleLinear } from "d3-scale";
import type { ChartDatum } from "@/lib/review/summary-charts";

/**
 * A horizontal bar chart drawn as plain SVG on the server: d3-scale computes
 * the scales and ticks, React writes the markup, the browser gets no script.
 * The numbers are also in a table under the chart for screen readers and for
 * copying (see docs/decisions/0005-charts.md).
 */

const WIDTH = 640;
const ROW = 30;
const TOP = 8;
const AXIS = 28;
const VALUE_ROOM = 48;
const FONT = 13;
const MAX_LABEL_CHARS = 12;

function shorten(label: string): string {
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label;
}

export function BarChart({
  id,
  title,
  description,
  data,
  unit,
  color = "#0d4f99",
}: {
  id: string;
  title: string;
  description: string;
  data: readonly ChartDatum[];
  unit: string;
  color?: string;
}) {
  const longest = Math.max(2, ...data.map((d) => shorten(d.label).length));
  const labelWidth = Math.min(longest * FONT + 12, 200);
  const height = TOP + Math.max(1, data.length) * ROW + AXIS;
  const max = Math.max(0, ...data.map((d) => d.value));
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice()
    .range([labelWidth, WIDTH - VALUE_ROOM]);
  const y = scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range([TOP, TOP + data.length * ROW])
    .padding(0.25);
  const ticks = x.ticks(5).filter((t) => Number.isInteger(t));
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  return (
    <figure className="rounded border border-slate-200 bg-white p-4">
      <figcaption className="font-semibold">{title}</figcaption>
      <p className="text-sm text-slate-600">{description}</p>
      {data.length === 0 ? (
        <p className="mt-3 text-slate-700">暂无数据。</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          className="mt-3 h-auto w-full"
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{data.map((d) => `${d.label}${d.value}${unit}`).join("；")}</desc>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={TOP} y2={height - AXIS + 4} stroke="#cbd5e1" />
              <text x={x(t)} y={height - 8} textAnchor="middle" fontSize={FONT - 1} fill="#334155">
                {t}
              </text>
            </g>
          ))}
          {data.map((d, i) => {
            const top = y(i) ?? 0;
            const barWidth = Math.max(0, x(d.value) - x(0));
            return (
              <g key={`${d.label}-${i}`}>
                <text
                  x={labelWidth - 8}
                  y={top + y.bandwidth() / 2}
                  dy="0.35em"
                  textAnchor="end"
                  fontSize={FONT}
                  fill="#1e293b"
                >
                  {shorten(d.label)}
                </text>
                <rect x={x(0)} y={top} width={barWidth} height={y.bandwidth()} fill={color} />
                <text
                  x={x(0) + barWidth + 6}
                  y={top + y.bandwidth() / 2}
                  dy="0.35em"
                  fontSize={FONT}
                  fill="#1e293b"
                >
                  {d.value}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {data.length > 0 ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-gov-700">查看数据</summary>
          <table className="mt-2 border-collapse">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col" className="border border-slate-300 px-2 py-1 text-left">
                  项目
                </th>
                <th scope="col" className="border border-slate-300 px-2 py-1 text-right">
                  数量（{unit}）
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((d, i) => (
                <tr key={`${d.label}-${i}`}>
                  <th scope="row" className="border border-slate-300 px-2 py-1 text-left font-normal">
                    {d.label}
                  </th>
                  <td className="border border-slate-300 px-2 py-1 text-right">{d.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}
