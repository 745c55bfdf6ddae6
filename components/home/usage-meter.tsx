import type { LimitUsage } from "@/lib/rules";
import type { Locale } from "@/lib/i18n/config";
import { cx } from "../cx";

/**
 * One limit as a bar and the engine's own sentence ("Physiotherapy: 8 of 10 treatments before
 * pre-authorisation is needed."). The sentence carries the information; the bar is decoration.
 */
export function UsageMeter({ usage, locale }: { usage: LimitUsage; locale: Locale }) {
  const share = usage.limit > 0 ? Math.min(1, usage.used / usage.limit) : 0;
  const full = usage.remaining <= 0;
  return (
    <li className="flex flex-col gap-1">
      <p className="text-ink">
        {usage[locale]} <span className="text-sm text-muted">({usage.ruleId})</span>
      </p>
      <div aria-hidden="true" className="h-2 w-full overflow-hidden rounded-full bg-brand-50">
        <div className={cx("h-full rounded-full", full ? "bg-[#8a5a00]" : "bg-brand-700")} style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </li>
  );
}
