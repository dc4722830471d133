"use client";

/** Opens the browser's print dialog (where "另存为PDF" is offered too). */
export function PrintButton({ label = "打印" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-gov-600 px-4 py-1.5 text-white hover:bg-gov-700"
    >
      {label}
    </button>
  );
}
