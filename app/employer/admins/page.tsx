import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadAdminsPage } from "@/lib/employer/admin-pages";
import { copenhagenDay, formatDate } from "@/lib/i18n/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AdminRowActions, InviteAdminForm } from "@/components/employer/admin-forms";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employerAdmins.admins"))("metaTitle") };
}

/** Issue 12 point 8: the employer's admins and their rights; a manage admin invites, changes and removes. */
export default async function EmployerAdminsPage() {
  const [{ view, locale }, t] = await Promise.all([loadAdminsPage(), getTranslations("employerAdmins")]);
  return (
    <>
      <PageHeading lead={t("admins.lead")}>{t("admins.title", { employer: view.employer.name })}</PageHeading>
      {view.canManage ? null : <p className="mb-4" data-testid="view-only">{t("admins.viewOnly")}</p>}
      <div className="mb-8 overflow-x-auto">
        <table className="w-full border-collapse">
          <caption className="sr-only">{t("admins.title", { employer: view.employer.name })}</caption>
          <thead>
            <tr className="border-b-2 border-brand-100 text-left">
              <th scope="col" className="py-2 pr-4">{t("admins.name")}</th>
              <th scope="col" className="py-2 pr-4">{t("admins.email")}</th>
              <th scope="col" className="py-2 pr-4">{t("admins.right")}</th>
              {view.canManage ? <th scope="col" className="py-2 pr-4">{t("admins.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {view.admins.map((a) => (
              <tr key={a.id} className="border-b border-brand-100 align-top">
                <th scope="row" className="py-2 pr-4 text-left font-normal">{a.name} {a.self ? t("admins.you") : null}</th>
                <td className="py-2 pr-4">{a.email}</td>
                <td className="py-2 pr-4">{t(`rights.${a.right}`)}</td>
                {view.canManage ? (
                  <td className="py-2 pr-4">
                    <ClientMessages namespaces={["employerAdmins", "auth"]}>
                      <AdminRowActions adminId={a.id} name={a.name} right={a.right} />
                    </ClientMessages>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.invitations.length ? (
        <section className="mb-8">
          <h2 className="mb-2 text-xl font-semibold">{t("admins.pending")}</h2>
          <ul className="list-disc pl-6">
            {view.invitations.map((i) => (
              <li key={i.id}>{i.email} — {t(`rights.${i.right}`)} — {t("admins.pendingExpires", { date: formatDate(copenhagenDay(new Date(i.expiresAt)), locale) })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.canManage ? (
        <section>
          <h2 className="mb-4 text-xl font-semibold">{t("invite.title")}</h2>
          <ClientMessages namespaces={["employerAdmins"]}>
            <InviteAdminForm />
          </ClientMessages>
        </section>
      ) : null}
    </>
  );
}
