// Publishes findings as diagnostics. On open at once; while typing after an adaptive delay: none while the
// analysis is cheap (under 8 ms), else twice the last analysis time (capped at 300 ms), so a call updates as you
// type and a huge one does not re-analyse on every keystroke. Documents above maxFileSize get one warning message, and their diagnostics
// are replaced (never left stale).
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../core/types';
import type { KeyedFinding } from '../ignoredFindings';
import type { ServerContext } from '../serverContext';

export const DIAGNOSTIC_SOURCE = 'earnings-transcript';
const MAX_DELAY_MS = 300;
/** Below this analysis time an edit is re-checked at once (still coalesced with edits already queued). */
const IMMEDIATE_BELOW_MS = 8;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Delay before re-analysing after an edit, from how long this document took last time. */
export function debounceDelay(lastAnalysisMs: number | undefined): number {
  if (lastAnalysisMs === undefined || !Number.isFinite(lastAnalysisMs) || lastAnalysisMs < IMMEDIATE_BELOW_MS) return 0;
  return Math.max(0, Math.min(MAX_DELAY_MS, 2 * lastAnalysisMs));
}

export function toDiagnostic({ finding, key }: KeyedFinding, document: TextDocument): Diagnostic {
  const length = document.getText().length;
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const range = (start: number, end: number) => ({ start: document.positionAt(clamp(start)), end: document.positionAt(clamp(Math.max(start, end))) });
  return {
    range: range(finding.start, finding.end),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    relatedInformation: finding.related.map((r) => ({ location: { uri: document.uri, range: range(r.start, r.end) }, message: r.message })),
    data: { key },
  };
}

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly warnedTooLarge = new Set<string>();

  constructor(private readonly ctx: ServerContext) {}

  opened(document: TextDocument): void {
    void this.validate(document.uri);
  }

  changed(document: TextDocument): void {
    this.cancel(document.uri);
    const delay = debounceDelay(this.ctx.cache.lastDuration(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        void this.validate(document.uri);
      }, delay),
    );
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.warnedTooLarge.delete(uri);
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings or the ignore list changed: re-validate every open document. */
  revalidateAll(): void {
    for (const document of this.ctx.documents.all()) void this.validate(document.uri);
  }

  revalidate(uri: string): void {
    void this.validate(uri);
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private async validate(uri: string): Promise<void> {
    try {
      const current = await this.ctx.analysisOf(uri);
      // Closed while settings were being fetched: nothing to publish (closing already cleared it).
      if (!current) return;
      const { document, result } = current;
      if (result.analysis.skipped.length && !this.warnedTooLarge.has(uri)) {
        this.warnedTooLarge.add(uri);
        // A notification (window/showMessage), not a request: nothing to answer, nothing to wait for.
        void this.ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: result.analysis.skipped.join(' ') });
      }
      const diagnostics = this.ctx.ignored.visible(uri, result.analysis.findings, result.text).map((k) => toDiagnostic(k, document));
      await this.ctx.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    } catch (err) {
      this.ctx.log(`diagnostics for ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      // Never leave diagnostics of an older version behind.
      void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }
}
