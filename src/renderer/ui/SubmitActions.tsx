interface SubmitActionsProps {
  submitLabel: string;
  onCancel: () => void;
  danger?: boolean;
  disabled?: boolean;
}

/** A dialog form's buttons: submit (Enter) and Cancel. */
export function SubmitActions({ submitLabel, onCancel, danger = false, disabled = false }: SubmitActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="submit" className={danger ? 'danger' : 'primary'} disabled={disabled}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
