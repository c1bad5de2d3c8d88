import type { PublicationFinding } from './publication-check';
import type { ReadinessProblem } from './publication-readiness';

// What a refused publication says, the same in the app and on the command line.

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function refusalSummary(findings: readonly PublicationFinding[], readBack: boolean, readiness: readonly ReadinessProblem[] = []): string {
  if (readBack) {
    return `Not exported for publication: the written file still held ${findings.length} registered ${findings.length === 1 ? 'value' : 'values'} the check had not seen. Nothing was written; please report this as a fault.`;
  }
  const parts = [
    ...(readiness.length > 0 ? [count(readiness.length, 'thing to finish', 'things to finish')] : []),
    ...(findings.length > 0 || readiness.length === 0 ? [count(findings.length, 'unresolved finding', 'unresolved findings')] : []),
  ];
  return `Not exported for publication: ${parts.join(' and ')}.`;
}

/** "to finish: The title page still says “Draft 0.2”. [title-page-draft]": the key is what an override is recorded against. */
export function describeReadiness(problem: ReadinessProblem): string {
  return `to finish: ${problem.message} [${problem.key}]`;
}

/** "high: 3. Analysis, paragraph 3.2: “Lewis” → Child L"; "… “Mrs Doe” → one of: Mother (Jane Doe), Child E (Ella Doe)" */
export function describeFinding(finding: PublicationFinding): string {
  const choice = finding.candidates ? ` → one of: ${finding.candidates.map((candidate) => `${candidate.replacement} (${candidate.value})`).join(', ')}` : '';
  return `${finding.severity}: ${finding.where}: “${finding.text}”${finding.replacement ? ` → ${finding.replacement}` : choice}`;
}
