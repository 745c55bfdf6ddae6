import type { HandlerQueuePage } from "@/lib/claims/review/pages";
import { QueueFiltersForm } from "./queue-filters";
import { HandlerQueueTable } from "./queue-table";

/** The claims part of the handler's home: filters and the queue (other work sits beside it as its own section). */
export function ClaimsQueueSection({ queue }: { queue: HandlerQueuePage }) {
  const filtered = Object.values(queue.filters).some((value) => value !== undefined);
  return (
    <section>
      <QueueFiltersForm filters={queue.filters} plans={queue.plans} />
      <HandlerQueueTable items={queue.items} filtered={filtered} />
    </section>
  );
}
