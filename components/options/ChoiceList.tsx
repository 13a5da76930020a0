// A set of ticks for ids a pack refers to (techniques, personas, buckets), each shown by its name;
// an id no list offers (an old draft, a pack from elsewhere) stays visible so it can be unticked.
import type { Choice } from './pack-vocabulary';

interface Props {
  legend: string;
  hint?: string;
  choices: readonly Choice[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  testId?: string;
  children?: React.ReactNode;
}

export function ChoiceList({ legend, hint, choices, value, onChange, testId, children }: Props) {
  const known = new Set(choices.map((c) => c.id));
  const all: Choice[] = [...choices, ...value.filter((id) => !known.has(id)).map((id) => ({ id, label: id }))];
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((x) => x !== id));
  return (
    <fieldset className="choice-list" data-testid={testId}>
      <legend>
        {legend}
        {hint && <span className="hint"> · {hint}</span>}
      </legend>
      {all.map((c) => (
        <label key={c.id} className="choice" title={c.note ? `${c.note} (${c.id})` : c.id}>
          <input type="checkbox" value={c.id} checked={value.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
          {c.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
