"use client";
import { useEditorSelector } from "./editor-context";

/** Always visible: whether the clerk's work is on the server. */
export function SaveStatus() {
  const save = useEditorSelector((s) => s.save);
  const text = (() => {
    switch (save.state) {
      case "saved":
        return save.at ? `已保存 ${save.at}` : "已保存";
      case "saving":
        return "保存中…";
      case "unsaved":
        return "有未保存的修改";
      case "offline":
        return "未保存：离线（修改已保存在本机浏览器，恢复网络后自动保存）";
      case "conflict":
        return "未保存：版本冲突";
      case "error":
        return `未保存：${save.message ?? "保存失败"}`;
    }
  })();
  const tone =
    save.state === "saved"
      ? "text-green-800"
      : save.state === "saving" || save.state === "unsaved"
        ? "text-slate-700"
        : "font-medium text-seal-700";
  return (
    <p role="status" aria-live="polite" data-testid="save-status" data-state={save.state} className={`text-sm ${tone}`}>
      {text}
    </p>
  );
}
