import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { AppShell } from "@/components/shell/app-shell";

export default async function EmployerLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("EMPLOYER_ADMIN");
  return (
    <AppShell user={user} area="EMPLOYER_ADMIN">
      {children}
    </AppShell>
  );
}
