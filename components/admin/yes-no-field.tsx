/** Two radio buttons for a county's yes/no setting, submitted as "1" or "0". */
export function YesNoField({
  id,
  name,
  legend,
  no,
  yes,
  value,
}: {
  id: string;
  name: string;
  legend: string;
  /** Label of "0", listed first. */
  no: string;
  /** Label of "1". */
  yes: string;
  value: boolean;
}) {
  const option = (v: "0" | "1", label: string) => (
    <div className="mt-1 flex items-center gap-2">
      <input
        type="radio"
        id={`${id}-${v}`}
        name={name}
        value={v}
        defaultChecked={value === (v === "1")}
        className="h-4 w-4"
      />
      <label htmlFor={`${id}-${v}`}>{label}</label>
    </div>
  );
  return (
    <fieldset>
      <legend className="font-medium">{legend}</legend>
      {option("0", no)}
      {option("1", yes)}
    </fieldset>
  );
}
