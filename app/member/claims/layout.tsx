import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The claims pages' client components: the claim form, the uploader, the member's reply forms. */
export default function MemberClaimsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["claims", "claimForm", "documents"]}>{children}</ClientMessages>;
}
