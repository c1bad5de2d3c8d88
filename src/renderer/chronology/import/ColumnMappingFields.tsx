import { useId } from 'react';
import { chronologyFields, fieldLabels, type ColumnMapping } from '../../../core/chronology/column-mapping';

// Which column holds what: one choice per part of an entry, from the file's own headers.
export function ColumnMappingFields({
  headers,
  mapping,
  onChange,
}: {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const id = useId();
  return (
    <fieldset className="column-mapping">
      <legend>Which column holds what</legend>
      {chronologyFields.map((field) => (
        <div className="field" key={field}>
          <label htmlFor={`${id}-${field}`}>{fieldLabels[field]}</label>
          <select
            id={`${id}-${field}`}
            value={mapping[field] ?? ''}
            onChange={(event) => {
              const next = { ...mapping };
              if (event.target.value === '') delete next[field];
              else next[field] = Number(event.target.value);
              onChange(next);
            }}
          >
            <option value="">(none)</option>
            {headers.map((header, index) => (
              <option key={index} value={index}>
                {header || `Column ${index + 1}`}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
