/** The rows of the report, how they are printed, and the exit code they lead to. */

export type Status = "pass" | "fail" | "warn";
export interface CheckResult {
  status: Status;
  check: string;
  detail: string;
}

export const row = (status: Status, check: string, detail: string): CheckResult => ({
  status,
  check,
  detail,
});

/** A failed step: its error's message is the detail. */
export function failure(check: string, error: unknown): CheckResult {
  return row("fail", check, error instanceof Error ? error.message : String(error));
}

/** The report: one aligned line per check, then the verdict. */
export function formatReport(results: CheckResult[]): string {
  const width = Math.max(...results.map((r) => r.check.length), "CHECK".length);
  const lines = results.map(
    (r) => `${r.status.toUpperCase().padEnd(8)}${r.check.padEnd(width + 2)}${r.detail}`,
  );
  const count = (status: Status) => results.filter((r) => r.status === status).length;
  const verdict = count("fail") ? "FAIL" : "OK";
  return [
    `${"STATUS".padEnd(8)}${"CHECK".padEnd(width + 2)}DETAIL`,
    ...lines,
    "",
    `Result: ${verdict} (${count("pass")} pass, ${count("fail")} fail, ${count("warn")} warn)`,
  ].join("\n");
}

/** 1 when any check failed, else 0 (2, for a usage error, comes from main). */
export function exitCode(results: CheckResult[]): 0 | 1 {
  return results.some((r) => r.status === "fail") ? 1 : 0;
}
