import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { AppShell } from "@/components/shell/app-shell";
import { ClientMessages } from "@/components/i18n/client-messages";

export default async function HandlerLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("CLAIMS_HANDLER");
  return (
    <AppShell user={user} area="CLAIMS_HANDLER">
      <ClientMessages namespaces={["handler", "documents"]}>{children}</ClientMessages>
    </AppShell>
  );
}
