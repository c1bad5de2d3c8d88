import { formatLongUkDate } from '../../core/dates/format-uk-date';
import type { TitlePage } from '../../core/report/title-page';

export function TitlePageSummary({ titlePage }: { titlePage: TitlePage }) {
  return (
    <section className="title-page-summary" aria-label="Title page">
      {titlePage.protectiveMarking && <p className="protective-marking">{titlePage.protectiveMarking}</p>}
      <p className="review-type">{titlePage.reviewType}</p>
      <p className="review-name">{titlePage.reviewName}</p>
      <p className="hint">
        {[
          titlePage.partnership,
          titlePage.reviewers.join(', '),
          titlePage.versionLabel,
          titlePage.status === 'final' ? 'Final' : 'Draft',
          titlePage.date ? formatLongUkDate(titlePage.date) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </section>
  );
}
