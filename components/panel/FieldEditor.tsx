// Inline correction of one context field; Enter saves, Escape cancels.
import { useState } from 'react';
import type { FieldName } from '@/lib/extract/types';
import { useAppEnv } from './AppContext';

export function FieldEditor({
  field,
  initial,
  onSave,
  onCancel,
}: {
  field: FieldName;
  initial: string;
  onSave: (value: string) => void;
  onCancel: () => void;
}) {
  const { t } = useAppEnv();
  const [value, setValue] = useState(initial);
  return (
    <form
      className="field-editor"
      data-testid="field-editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onSave(value.trim());
      }}
    >
      <input
        autoFocus
        aria-label={t('context.correctPrompt', { field: t(`field.${field}`) })}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      <button type="submit" className="primary">
        {t('context.save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('context.cancel')}
      </button>
    </form>
  );
}
