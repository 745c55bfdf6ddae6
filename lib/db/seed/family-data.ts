/** The Berg family: each family state can be seen (issue 10). Logins use the demo password. */
export const FAMILY_DEMO = {
  policy: "P-100004",
  main: { email: "karen@demo.dk", memberNumber: "10000030", firstName: "Karen", lastName: "Berg", birthDate: "1985-04-02" },
  spouse: { email: "jonas@demo.dk", memberNumber: "10000031", firstName: "Jonas", lastName: "Berg", birthDate: "1983-08-14" },
  /** 16: her health data is her own (Danish Health Act §17); she has her own login and a claim. */
  teen: { email: "freja@demo.dk", memberNumber: "10000032", firstName: "Freja", lastName: "Berg" },
  /** 19, co-insured adult child without a login yet: the main insured can invite him (ACC-1). */
  adultChild: { memberNumber: "10000035", firstName: "Magnus", lastName: "Berg" },
  /** 14, turning 15 in 40 days: the overview shows the age event coming. */
  child: { memberNumber: "10000033", firstName: "Viggo", lastName: "Berg" },
  /** Born 6 weeks ago on a policy under 12 months old: enrolment waits for the handler's decision on the health declaration. */
  newborn: { memberNumber: "10000034", firstName: "Alma", lastName: "Berg" },
} as const;
