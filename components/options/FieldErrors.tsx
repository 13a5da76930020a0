// The validation messages for one editor field, in plain words beside it (never a JSON path),
// and only once the supervisor has touched the field or asked to publish.
import type { PackError } from '@/lib/packs/validate';

export function FieldErrors({ errors, show, testId = 'field-error' }: { errors: readonly PackError[]; show: boolean; testId?: string }) {
  if (!show || errors.length === 0) return null;
  const messages = [...new Set(errors.map((e) => e.message))];
  return (
    <p className="error field-error" role="alert" data-testid={testId}>
      {messages.join('；')}
    </p>
  );
}

/** What the editor shows for each field: its errors, and whether they may be shown yet. */
export interface FieldCheck {
  errorsAt: (path: string) => PackError[];
  shown: (path: string) => boolean;
  touch: (path: string) => void;
}
