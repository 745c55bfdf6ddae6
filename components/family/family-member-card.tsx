import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { FamilyMemberView } from "@/lib/family/overview";
import { Card } from "../ui/card";
import { DetailList } from "../ui/detail-list";
import { ButtonLink } from "./button-link";
import { InviteForm } from "./invite-form";

/** One person on the policy: relationship, cover, waiting periods, premium, login, who they see. */
export async function FamilyMemberCard({ member, locale, ownDataAge }: { member: FamilyMemberView; locale: Locale; ownDataAge: number }) {
  const t = await getTranslations("family");
  const date = (iso: string) => formatDate(iso, locale);
  const cover =
    member.status !== "ACTIVE"
      ? t(`status.${member.status}`)
      : !member.covered && member.endDate === null
        ? t("status.notStarted", { date: date(member.startDate) })
        : member.endDate
          ? t("coverFromTo", { from: date(member.startDate), to: date(member.endDate) })
          : t("coverFrom", { from: date(member.startDate) });
  return (
    <Card title={`${member.name}${member.isViewer ? ` ${t("you")}` : ""}`} headingLevel={3}>
      <DetailList
        items={[
          { label: t("relationship"), value: t(`roles.${member.role}`) },
          { label: t("born"), value: `${date(member.birthDate)} · ${t("age", { age: member.age })}` },
          { label: t("cover"), value: cover },
          {
            label: t("waiting"),
            value: member.waitingPeriods.length ? member.waitingPeriods.map((w) => t(`waitingKinds.${w.kind}`, { date: date(w.endsOn) })).join("; ") : t("noWaiting"),
            muted: member.waitingPeriods.length === 0,
          },
          { label: t("premium"), value: t(`premiumStatus.${member.premium}`) },
          { label: t("login"), value: t(`loginStatus.${member.login}`) },
          {
            label: t("sees"),
            value: member.sees.length ? (
              <ul className="list-none p-0">
                {member.sees.map((s) => (
                  <li key={s.name}>
                    {s.name}: {t(`access.${s.access}`)} ({t(`why.${s.why}`, { age: ownDataAge })})
                  </li>
                ))}
              </ul>
            ) : (
              t("seesNone")
            ),
            muted: member.sees.length === 0,
          },
        ]}
      />
      {member.upcoming.length ? (
        <div className="mt-4 rounded-md border-2 border-accent bg-brand-50 p-3" role="note" aria-label={t("upcoming")}>
          <p className="font-semibold">{t("upcoming")}</p>
          <ul className="list-disc pl-5">
            {member.upcoming.map((u) => (
              <li key={u.milestone}>{t(`milestones.${u.milestone}`, { age: u.age, date: date(u.on), days: u.daysLeft })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {member.removable || member.invitable ? (
        <div className="mt-4 flex flex-col gap-4">
          {member.invitable ? <InviteForm personId={member.personId} name={member.name} /> : null}
          {member.removable ? <ButtonLink href={`/member/family/end/${member.enrolmentId}`} variant="secondary">{t("actions.endCover")}</ButtonLink> : null}
        </div>
      ) : null}
    </Card>
  );
}
