"use client";
import { useEffect } from "react";

/**
 * Shown only when the server cannot produce the PDF itself: opens the
 * browser's print dialog (where "另存为PDF" is offered) once, and offers a
 * button for another try. The only client code on the public pages, and only
 * on this fallback path.
 */
export function PrintFallback() {
  useEffect(() => {
    window.print();
  }, []);
  return (
    <div role="status" className="no-print mb-4 rounded border border-amber-300 bg-amber-50 p-4">
      <p>服务器暂时无法生成PDF文件。请在打印对话框中选择“另存为PDF”。</p>
      <button
        type="button"
        onClick={() => window.print()}
        className="mt-2 rounded bg-gov-600 px-4 py-1.5 text-white hover:bg-gov-700"
      >
        打印或另存为PDF
      </button>
    </div>
  );
}
