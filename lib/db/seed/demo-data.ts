/** Fixed facts of the demo insurer, shared by the seed, the start banner and the tests. */
export const DEMO_PASSWORD = "Demo-Portal-2026";

export const DEMO_INSURER = { name: "Nordlys Sundhedsforsikring A/S", cvr: "31415926" };
export const DEMO_EMPLOYER = { name: "Fjordværk ApS", cvr: "27182818" };

export const DEMO_USERS = {
  mainInsured: { email: "mette@demo.dk", memberNumber: "10000001", firstName: "Mette", lastName: "Jensen" },
  spouse: { email: "lars@demo.dk", memberNumber: "10000002", firstName: "Lars", lastName: "Jensen" },
  topUpMember: { email: "anders@demo.dk", memberNumber: "10000020", firstName: "Anders", lastName: "Nielsen" },
  employerAdmin: { email: "hr@fjordvaerk.dk", memberNumber: "20000001", firstName: "Hanne", lastName: "Rasmussen" },
  handler: { email: "handler@nordlys.dk", displayName: "Karin Holm" },
  /** Issue 12 point 8: Fjordværk's admin with the "view" right only (sees the area, changes nothing). */
  employerViewer: { email: "revisor@fjordvaerk.dk", displayName: "Rikke Revisor" },
} as const;

/** A member who has not activated online access yet (ACC-1). */
export const DEMO_ACTIVATION = { memberNumber: "10000010", code: "NORD2026", firstName: "Sofie", lastName: "Holm" };

export const DEMO_POLICIES = { family: "P-100001", topUp: "P-100002", activation: "P-100003", group: "G-200001" };

export const DEMO_LOGINS = {
  password: DEMO_PASSWORD,
  accounts: [
    { role: "member", email: DEMO_USERS.mainInsured.email, note: "main insured: spouse + 2 children (Cigna Global plan)" },
    { role: "member", email: DEMO_USERS.spouse.email, note: "adult co-insured spouse (FAM-7)" },
    { role: "member", email: DEMO_USERS.topUpMember.email, note: "ihi Bupa Top-Up plan" },
    { role: "employer+member", email: DEMO_USERS.employerAdmin.email, note: `${DEMO_EMPLOYER.name} HR, 25 staff on the group scheme (manage right)` },
    { role: "employer (view)", email: DEMO_USERS.employerViewer.email, note: `${DEMO_EMPLOYER.name}: an admin with the view right only (changes nothing)` },
    { role: "member", email: "karen@demo.dk", note: "main insured, Berg family: consent from Jonas, a 16-year-old, a newborn waiting for the handler (family)" },
    { role: "member", email: "jonas@demo.dk", note: "Berg spouse: gave Karen consent (claims, 12 months)" },
    { role: "member", email: "freja@demo.dk", note: "Berg, 16: her health data is her own (Danish Health Act §17)" },
    { role: "employer", email: "hr@kystbyg.dk", note: "Kystbyg A/S HR: a second employer (sees only its own 8 staff; manage right)" },
    { role: "claims handler", email: DEMO_USERS.handler.email, note: DEMO_INSURER.name },
  ],
  activation: { memberNumber: DEMO_ACTIVATION.memberNumber, code: DEMO_ACTIVATION.code },
};
