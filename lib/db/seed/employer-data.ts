/** Issue 12: the second demo employer (isolation can be seen) and the large scheme of the benchmark. */
export const SECOND_EMPLOYER = {
  name: "Kystbyg A/S",
  cvr: "16180339",
  scheme: "Kystbyg Sundhedsordning",
  policy: "G-200002",
  admin: { email: "hr@kystbyg.dk", displayName: "Kasper Lund" },
  staff: 8,
};

export const LARGE_EMPLOYER = {
  name: "Nordhavn Logistik A/S",
  cvr: "14142135",
  scheme: "Nordhavn Sundhedsordning",
  policy: "G-210000",
  admin: { email: "hr@nordhavn.dk", displayName: "Nora Holt" },
  staff: 10_000,
};

/** Fjordværk's staff get employee numbers F0001… in member-number order (Hanne is F0001). */
export const FJORDVAERK_NUMBER_PREFIX = "F";
