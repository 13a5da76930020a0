// One line to add an item to a settings list (a CRM site, a trusted key, a pack URL, a reason): the
// input, the button and the error in the user's language. `onAdd` returns an error message or null.
import { useState } from 'react';

interface Props {
  label: string;
  placeholder: string;
  button: string;
  size?: number;
  onAdd: (value: string) => Promise<string | null>;
  /** data-testid of the input and of the button. */
  testIds?: { input: string; button: string };
}

export function AddItemForm({ label, placeholder, button, size, onAdd, testIds }: Props) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          void onAdd(value).then((problem) => (problem ? setError(problem) : setValue('')));
        }}
      >
        <input aria-label={label} placeholder={placeholder} value={value} size={size} data-testid={testIds?.input} onChange={(e) => setValue(e.target.value)} />
        <button type="submit" data-testid={testIds?.button}>
          {button}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
