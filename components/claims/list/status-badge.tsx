import type { ClaimStatusName } from "@/lib/claims/timeline";
import { cx } from "../../cx";

/** Colours pair dark text on a light tint (≥ 7:1); the status is always written out, never colour alone. */
const TONE: Record<ClaimStatusName, string> = {
  DRAFT: "border-field bg-surface text-ink",
  SUBMITTED: "border-brand-700 bg-brand-50 text-brand-800",
  IN_REVIEW: "border-brand-700 bg-brand-50 text-brand-800",
  INFORMATION_REQUESTED: "border-[#8a5a00] bg-[#fff7e0] text-[#5c3b00]",
  DECIDED: "border-success bg-success-bg text-success",
  PAID: "border-success bg-success-bg text-success",
  WITHDRAWN: "border-field bg-surface text-muted",
};

/** Synchronous on purpose: a list renders dozens, and the caller already has the translator (claims.status). */
export function StatusBadge({ status, label, className }: { status: ClaimStatusName; label: string; className?: string }) {
  return (
    <span className={cx("status-badge", TONE[status], className)}>
      {label}
    </span>
  );
}
