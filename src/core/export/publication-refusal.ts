import type { PublicationFinding } from './publication-check';

// What a refused publication says, the same in the app and on the command line.

export function refusalSummary(findings: readonly PublicationFinding[], readBack: boolean): string {
  if (readBack) {
    return `Not exported for publication: the written file still held ${findings.length} registered ${findings.length === 1 ? 'value' : 'values'} the check had not seen. Nothing was written; please report this as a fault.`;
  }
  return `Not exported for publication: ${findings.length} unresolved ${findings.length === 1 ? 'finding' : 'findings'}.`;
}

/** "high: 3. Analysis, paragraph 3.2: “Lewis” → Child L"; "… “Mrs Doe” → one of: Mother (Jane Doe), Child E (Ella Doe)" */
export function describeFinding(finding: PublicationFinding): string {
  const choice = finding.candidates ? ` → one of: ${finding.candidates.map((candidate) => `${candidate.replacement} (${candidate.value})`).join(', ')}` : '';
  return `${finding.severity}: ${finding.where}: “${finding.text}”${finding.replacement ? ` → ${finding.replacement}` : choice}`;
}
