import type { ReactNode } from "react";
import { PublicShell } from "@/components/shell/public-shell";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <PublicShell narrow>
      <ClientMessages namespaces={["auth"]}>
        <div className="flex flex-col gap-4">{children}</div>
      </ClientMessages>
    </PublicShell>
  );
}
