import { useId, useState, type FormEvent } from 'react';
import type { StoredIdentifier } from '../../core/anonymise/anonymisation-records';
import { identifierKinds, type IdentifierKind } from '../../core/anonymise/identifier-register';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { IdentifierFields } from '../data/anonymisation-repository';

export const kindLabels: Record<IdentifierKind, string> = {
  person: 'Person (full name)',
  alias: 'Alias (nickname, former name, other spelling)',
  date: 'Date (for example a date of birth)',
  address: 'Address',
  school: 'School',
  organisation: 'Organisation (nursery, surgery, ward …)',
  place: 'Place',
  other: 'Other (NHS number, police reference …)',
};

interface IdentifierFormProps {
  people: readonly StoredIdentifier[];
  initial?: IdentifierFields;
  submitLabel: string;
  onSubmit: (fields: IdentifierFields) => Promise<unknown>;
  onCancel?: () => void;
}

// One identifying detail and what to write instead.
export function IdentifierForm({ people, initial, submitLabel, onSubmit, onCancel }: IdentifierFormProps) {
  const id = useId();
  const [fields, setFields] = useState<IdentifierFields>(initial ?? { kind: 'person', value: '', replacement: '', note: '', personId: null });
  const [error, setError] = useState<string | null>(null);
  const set = (changes: Partial<IdentifierFields>) => setFields((current) => ({ ...current, ...changes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await onSubmit(fields);
      setError(null);
      if (!initial) setFields({ ...fields, value: '', replacement: fields.kind === 'alias' ? fields.replacement : '', note: '' });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <form className="identifier-form" onSubmit={(event) => void submit(event)} aria-label={submitLabel}>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={fields.kind} onChange={(event) => set({ kind: event.target.value as IdentifierKind })}>
          {identifierKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabels[kind]}
            </option>
          ))}
        </select>
      </div>
      {fields.kind === 'alias' && (
        <div className="field">
          <label htmlFor={`${id}-person`}>Alias of</label>
          <select
            id={`${id}-person`}
            value={fields.personId ?? ''}
            onChange={(event) => {
              const person = people.find((item) => item.id === event.target.value);
              set({ personId: event.target.value || null, replacement: fields.replacement || person?.replacement || '' });
            }}
          >
            <option value="">Choose a person</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.value}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-value`}>Identifying detail</label>
        <input id={`${id}-value`} value={fields.value} onChange={(event) => set({ value: event.target.value })} autoComplete="off" spellCheck={false} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-replacement`}>Replacement</label>
        <input
          id={`${id}-replacement`}
          value={fields.replacement}
          onChange={(event) => set({ replacement: event.target.value })}
          placeholder="a pseudonym or “the family home”"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={fields.note} onChange={(event) => set({ note: event.target.value })} />
      </div>
      <ErrorAlert message={error} />
      <p className="row-actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
