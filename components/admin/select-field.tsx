import type { OptionGroup } from "@/lib/places/filing-unit-groups";

type Option = { value: string; label: string };

function Options({ options }: { options: readonly Option[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

/** A labelled select of options, or of option groups (<optgroup>) when `groups` is given. */
export function SelectField({
  id,
  label,
  name,
  options = [],
  groups,
  placeholder,
  defaultValue,
}: {
  id: string;
  label: string;
  name: string;
  options?: Option[];
  groups?: readonly OptionGroup[];
  placeholder?: string;
  defaultValue?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className="mt-1 block w-full max-w-sm rounded border border-slate-500 px-3 py-2"
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        <Options options={options} />
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            <Options options={g.options} />
          </optgroup>
        ))}
      </select>
    </div>
  );
}
