import type { StateBanner } from "@/lib/reports/state-banner";

/** The report's state as the clerk needs to hear it, with the reviewer's reason when there is one. */
export function ReportStateBanner({ banner, reason }: { banner: StateBanner; reason: string | null }) {
  const alert = banner.tone === "alert";
  return (
    <div
      role="region"
      aria-label={banner.reasonLabel && reason ? banner.reasonLabel : banner.title}
      data-testid="state-banner"
      className={`mb-4 border-l-4 p-4 ${alert ? "border-seal-700 bg-red-50" : "border-gov-600 bg-gov-50"}`}
    >
      <h2 className={`font-semibold ${alert ? "text-seal-700" : ""}`}>{banner.title}</h2>
      <p className="mt-1">{banner.text}</p>
      {banner.reasonLabel && reason ? (
        <p className="mt-2 whitespace-pre-wrap">
          <strong>{banner.reasonLabel}：</strong>
          {reason}
        </p>
      ) : null}
    </div>
  );
}
