/**
 * A narrative section as the filer wrote it: each line a paragraph, rendered
 * as text (never as HTML), so whatever was typed or imported shows literally.
 */
export function ReportNarrative({ text }: { text: string }) {
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (paragraphs.length === 0) return <p className="report-paragraph text-slate-600">（未填写）</p>;
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className="report-paragraph">
          {paragraph}
        </p>
      ))}
    </>
  );
}
