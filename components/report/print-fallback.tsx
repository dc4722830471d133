"use client";
import { useEffect } from "react";
import { PrintButton } from "./print-button";

const MESSAGES = {
  print: "已打开打印对话框。可选择打印机，也可选择“另存为PDF”。",
  pdf: "服务器暂时无法生成PDF文件。请在打印对话框中选择“另存为PDF”。",
} as const;

/**
 * The print view's notice: opens the browser's print dialog once, and offers
 * a button for another try. Reached from the report page's 打印 link and when
 * the server cannot produce the PDF itself. The only client code on the
 * public pages, and only on this path.
 */
export function PrintFallback({ reason }: { reason: keyof typeof MESSAGES }) {
  useEffect(() => {
    window.print();
  }, []);
  return (
    <div role="status" className="no-print mb-4 rounded border border-amber-300 bg-amber-50 p-4">
      <p className="mb-2">{MESSAGES[reason]}</p>
      <PrintButton label="打印或另存为PDF" />
    </div>
  );
}
