import type { SectionState } from '../../../core/report/report-record';
import type { OutlineSection, ReportOutline } from './report-outline';

interface SectionNavigatorProps {
  outline: ReportOutline;
  activeKey: string | null;
  readOnly: boolean;
  onJump: (section: OutlineSection) => void;
  onToggleComplete: (section: OutlineSection, complete: boolean) => void;
  onAddAppendix: () => void;
  onRenameAppendix: (section: OutlineSection) => void;
  onRemoveAppendix: (section: OutlineSection) => void;
}

const stateLabels: Record<SectionState, string> = { empty: 'Empty', 'in-progress': 'In progress', complete: 'Complete' };
const wordsLabel = (words: number) => `${words.toLocaleString('en-GB')} ${words === 1 ? 'word' : 'words'}`;

// Every section with its word count and state, and the report's total.
export function SectionNavigator(props: SectionNavigatorProps) {
  const { outline, activeKey, readOnly } = props;
  return (
    <nav className="section-navigator" aria-label="Report sections">
      <ol>
        {outline.sections.map((section) => (
          <li key={section.key} className={section.key === activeKey ? 'active' : undefined} data-section-nav={section.key}>
            <button
              type="button"
              className="section-link"
              onClick={() => props.onJump(section)}
              aria-current={section.key === activeKey ? 'location' : undefined}
            >
              <span className="section-label">{section.label}</span> {section.title}
            </button>
            <div className="section-meta">
              <span className="section-words">{wordsLabel(section.words)}</span>
              <span className={`section-state state-${section.state}`}>{stateLabels[section.state]}</span>
            </div>
            <div className="section-actions">
              <label>
                <input
                  type="checkbox"
                  checked={section.state === 'complete'}
                  disabled={readOnly}
                  onChange={(event) => props.onToggleComplete(section, event.target.checked)}
                />{' '}
                Complete<span className="visually-hidden">: {section.title}</span>
              </label>
              {section.kind === 'appendix' && !readOnly && (
                <>
                  <button type="button" className="link-button" onClick={() => props.onRenameAppendix(section)} aria-label={`Rename appendix ${section.label}`}>
                    Rename
                  </button>
                  <button type="button" className="link-button" onClick={() => props.onRemoveAppendix(section)} aria-label={`Remove appendix ${section.label}`}>
                    Remove
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ol>
      <p className="report-total">
        Total: <strong>{wordsLabel(outline.totalWords)}</strong>
      </p>
      {!readOnly && (
        <button type="button" onClick={props.onAddAppendix}>
          Add appendix…
        </button>
      )}
    </nav>
  );
}
