import Link from "next/link";
import type { getTranslations } from "next-intl/server";
import type { HomeTask } from "@/lib/home/activity";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";

type T = Awaited<ReturnType<typeof getTranslations<"home">>>;

/** What the insurer is waiting for from the member (information requested), first on the page. */
export function OpenTasks({ tasks, locale, t }: { tasks: HomeTask[]; locale: Locale; t: T }) {
  return (
    <Card title={t("tasks.title")} className={tasks.length ? "border-s-4 border-s-[#8a5a00]" : undefined}>
      {tasks.length === 0 ? (
        <p className="text-ink">{t("tasks.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {tasks.map((task) => (
            <li key={task.id} className="flex flex-col gap-1">
              <p className="text-ink">{task.text}</p>
              <p className="text-sm text-muted">
                {t("tasks.since", { date: formatDate(task.createdAt, locale) })}
                {task.href && task.claimNumber ? (
                  <>
                    {" · "}
                    <Link href={task.href} prefetch={false} className="font-medium">
                      {t("tasks.open", { number: task.claimNumber })}
                    </Link>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
