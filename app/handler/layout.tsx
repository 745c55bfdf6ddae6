import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { AppShell } from "@/components/shell/app-shell";

export default async function HandlerLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("CLAIMS_HANDLER");
  return (
    <AppShell user={user} area="CLAIMS_HANDLER">
      {children}
    </AppShell>
  );
}
