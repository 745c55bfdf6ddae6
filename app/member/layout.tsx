import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { AppShell } from "@/components/shell/app-shell";

export default async function MemberLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("MEMBER");
  return (
    <AppShell user={user} area="MEMBER">
      {children}
    </AppShell>
  );
}
