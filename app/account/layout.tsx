import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Account pages belong to every role; they are framed by the user's first area. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <AppShell user={user} area={user.roles[0] ?? "MEMBER"}>
      <ClientMessages namespaces={["auth"]}>{children}</ClientMessages>
    </AppShell>
  );
}
