/**
 * The large dataset as set-based SQL: every table is filled by one `INSERT … SELECT` over
 * generate_series, with pseudo-random values from pg_temp.rnd(row, stream) (functions.ts).
 * Row-by-row inserts through Prisma would take hours for a million claims; this takes minutes.
 *
 * Shape (defaults): 100,000 members — 60 % main insured (one policy each), 20 % spouses
 * (every third policy), 20 % children (two per family on every third policy, born 2010–2024) —
 * and 1,000,000 claims spread evenly over 2024-01-02 … now, with 1–3 lines, events, and the
 * status a claim of that age would have. The demo family (Mette, Lars, Emma, Oscar) gets ~40 of
 * them, so a demo sign-in sees a realistic list.
 */
export interface LargeSeedSize {
  members: number;
  claims: number;
}

export interface SeedStep {
  label: string;
  sql: string;
}

const START = "2024-01-02 07:00:00+00";
export const LARGE_MEMBER_NUMBER_BASE = 30_000_000;
export const LARGE_MARKER = "seed-large";

const FIRST_NAMES = ["Anne", "Peter", "Maria", "Jens", "Kirsten", "Michael", "Susanne", "Thomas", "Louise", "Martin", "Camilla", "Rasmus", "Julie", "Søren", "Ida", "Mads", "Line", "Frederik", "Sara", "Nikolaj", "Emilie", "Christian", "Maja", "Anders", "Freja", "Lasse", "Astrid", "Jonas", "Clara", "Emil"];
const LAST_NAMES = ["Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Holm", "Lund", "Dahl", "Bech"];
const STREETS = ["Vestergade", "Østergade", "Nørregade", "Søndergade", "Algade", "Strandvejen", "Skolevej", "Kirkevej", "Møllevej", "Engvej", "Birkevej", "Bøgevej"];
const CITIES = ["2100|København Ø", "2200|København N", "8000|Aarhus C", "5000|Odense C", "9000|Aalborg", "4000|Roskilde", "7100|Vejle", "6700|Esbjerg", "8900|Randers", "3400|Hillerød"];
const PROVIDERS = ["Lægehuset Frederiksberg", "Fysioterapi København", "Kiropraktisk Klinik Aarhus", "Øre-Næse-Hals Klinikken Roskilde", "Psykologhuset Odense", "Privathospitalet Ortopædi Aarhus", "Speciallægecentret Vejle", "Apoteket Søndergade", "Laboratoriet Hillerød", "Klinik for Fysioterapi Aalborg"];
const DIAGNOSES = ["Lændesmerter", "Nakkesmerter", "Knæskade", "Skulderskade", "Mellemørebetændelse", "Migræne", "Angst", "Stress", "Forstuvet ankel", "Tennisalbue", "Hovedpine", "Allergi", "Kontrol"];
const INFO_REASONS = [
  "Send venligst henvisningen fra din læge.",
  "Send venligst en specificeret regning med behandlingsdatoer.",
  "Send venligst recepten fra din læge.",
];

/** Typical outpatient categories per example plan: code, base amount in kroner, coverage %. */
const CATEGORIES: Record<string, [string, number][]> = {
  "cigna-global": [["gp_consultation", 800], ["specialist_consultation", 1800], ["physiotherapy", 600], ["chiropractic", 550], ["psychologist", 1100], ["prescribed_drugs", 400]],
  "ihi-bupa-top-up": [["gp_consultation", 700], ["other_specialist", 1600], ["physiotherapy", 550], ["chiropractic_osteopathy", 500], ["laboratory", 450], ["prescription_medicine", 350]],
  "dss-private": [["specialist_examination", 2000], ["physiotherapy", 500], ["chiropractic", 450], ["psychologist", 1000], ["scanning", 3500], ["crisis_psychologist", 1000]],
};
const PLAN_CODES = Object.keys(CATEGORIES);

const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;
const arr = (values: string[]) => `ARRAY[${values.map(lit).join(",")}]::text[]`;

export function largeSeedSteps(size: LargeSeedSize): SeedStep[] {
  const M = size.members;
  const N = size.claims;
  const mains = Math.floor(M * 0.6);
  const spouses = Math.floor(M * 0.2);
  // The i-th claim is created at START + (i - 1 + jitter) * step seconds: time-ordered ids, even spread up to now.
  const step = `(extract(epoch FROM (now() - interval '2 hours' - timestamptz ${lit(START)})) / ${N})`;
  const personTs = (idx: string) => `(timestamptz '2023-06-01 00:00:00+00' + ${idx} * interval '1 second')`;
  const categoryRows = PLAN_CODES.flatMap((code) => CATEGORIES[code]!.map(([category, kr], ord) => `(${lit(code)}, ${ord}, ${lit(category)}, ${kr})`));

  return [
    {
      label: "reference data (insurer, plans, demo family, handler)",
      sql: `
        CREATE TEMP TABLE lref AS
        SELECT (SELECT id FROM "Insurer" WHERE cvr = '31415926') AS insurer_id,
               (SELECT id FROM "User" WHERE email = 'handler@nordlys.dk') AS handler_id,
               (SELECT "passwordHash" FROM "User" WHERE email = 'mette@demo.dk') AS password_hash;
        CREATE TEMP TABLE lplan AS
        SELECT p.code, p.id AS plan_id, (p.schedule -> 'benefitCategories') AS categories
        FROM "Plan" p WHERE p."insurerId" = (SELECT insurer_id FROM lref) AND p.code IN (${PLAN_CODES.map(lit).join(",")});
        CREATE TEMP TABLE lcat AS
        SELECT c.plan_code, c.ord, c.code, c.base_kr, (cat ->> 'coveragePercent')::int AS coverage,
               cat -> 'label' ->> 'da' AS label_da, cat -> 'label' ->> 'en' AS label_en
        FROM (VALUES ${categoryRows.join(",")}) AS c(plan_code, ord, code, base_kr)
        JOIN lplan ON lplan.code = c.plan_code
        CROSS JOIN LATERAL jsonb_array_elements(lplan.categories) cat
        WHERE cat ->> 'code' = c.code;
        DO $$ BEGIN
          IF (SELECT insurer_id FROM lref) IS NULL OR (SELECT handler_id FROM lref) IS NULL THEN RAISE EXCEPTION 'The demo seed is missing'; END IF;
          IF (SELECT count(*) FROM lcat) <> ${categoryRows.length} THEN RAISE EXCEPTION 'Example plan categories changed: update lib/db/seed/large/steps.ts'; END IF;
        END $$;`,
    },
    {
      label: `${mains.toLocaleString("en")} policies`,
      sql: `
        CREATE TEMP TABLE lpol AS
        SELECT g AS pol, pg_temp.uuid7(${personTs("g")}, 3000000000 + g) AS policy_id,
               (${arr(PLAN_CODES)})[1 + g % ${PLAN_CODES.length}] AS plan_code,
               (date '2022-01-01' + floor(pg_temp.rnd(g, 31) * 730)::int) AS start_date
        FROM generate_series(1, ${mains}) g;
        INSERT INTO "Policy" (id, number, "insurerId", "planId", kind, status, currency, "startDate", "renewalDate", "deductibleMinor", "addOns", "createdAt", "updatedAt")
        SELECT lpol.policy_id, 'P-' || (300000 + lpol.pol), lref.insurer_id, lplan.plan_id, 'INDIVIDUAL', 'ACTIVE', 'DKK', lpol.start_date,
               make_date(2027, extract(month FROM lpol.start_date)::int, 1), CASE WHEN lpol.pol % 5 = 0 THEN 50000 ELSE 0 END, '{}', ${personTs("lpol.pol")}, ${personTs("lpol.pol")}
        FROM lpol CROSS JOIN lref JOIN lplan ON lplan.code = lpol.plan_code;`,
    },
    {
      label: `${M.toLocaleString("en")} persons and enrolments`,
      sql: `
        CREATE TEMP TABLE lp AS
        SELECT g AS idx,
               pg_temp.uuid7(${personTs("g")}, g) AS person_id,
               CASE WHEN g <= ${mains} THEN 'MAIN' WHEN g <= ${mains + spouses} THEN 'SPOUSE' ELSE 'CHILD' END::"EnrolmentRole" AS role,
               CASE WHEN g <= ${mains} THEN g WHEN g <= ${mains + spouses} THEN 3 * (g - ${mains}) ELSE 3 * ceil((g - ${mains + spouses}) / 2.0)::int END AS pol,
               pg_temp.pick(${arr(FIRST_NAMES)}, pg_temp.rnd(g, 11)) AS first_name,
               pg_temp.pick(${arr(LAST_NAMES)}, pg_temp.rnd(g, 12)) AS last_name
        FROM generate_series(1, ${M}) g;
        -- A family shares the main insured's last name and address.
        UPDATE lp SET last_name = main.last_name FROM lp main WHERE main.idx = lp.pol AND lp.role <> 'MAIN';
        INSERT INTO "Person" (id, "memberNumber", "firstName", "lastName", "birthDate", email, "addressLine", "postalCode", city, "bankRegNo", "bankAccountNo", "createdAt", "updatedAt")
        SELECT lp.person_id, (${LARGE_MEMBER_NUMBER_BASE} + lp.idx)::text, lp.first_name, lp.last_name,
               CASE WHEN lp.role = 'CHILD' THEN date '2010-01-01' + floor(pg_temp.rnd(lp.idx, 13) * 5400)::int
                    ELSE date '1950-01-01' + floor(pg_temp.rnd(lp.idx, 13) * 18250)::int END,
               CASE WHEN lp.role <> 'CHILD' THEN 'medlem' || (${LARGE_MEMBER_NUMBER_BASE} + lp.idx) || '@example.dk' END,
               pg_temp.pick(${arr(STREETS)}, pg_temp.rnd(lp.pol, 14)) || ' ' || (1 + floor(pg_temp.rnd(lp.pol, 15) * 120)::int),
               split_part(pg_temp.pick(${arr(CITIES)}, pg_temp.rnd(lp.pol, 16)), '|', 1),
               split_part(pg_temp.pick(${arr(CITIES)}, pg_temp.rnd(lp.pol, 16)), '|', 2),
               lpad((1000 + floor(pg_temp.rnd(lp.pol, 17) * 8999)::int)::text, 4, '0'),
               lpad(floor(pg_temp.rnd(lp.pol, 18) * 9999999999)::bigint::text, 10, '0'),
               ${personTs("lp.idx")}, ${personTs("lp.idx")}
        FROM lp;
        INSERT INTO "Enrolment" (id, "personId", "policyId", role, "startDate", "waitingPeriodWaivers", "createdAt", "updatedAt")
        SELECT pg_temp.uuid7(${personTs("lp.idx")}, 2000000000 + lp.idx), lp.person_id, lpol.policy_id, lp.role, lpol.start_date, '{}', ${personTs("lp.idx")}, ${personTs("lp.idx")}
        FROM lp JOIN lpol ON lpol.pol = lp.pol;`,
    },
    {
      label: `${(mains + spouses).toLocaleString("en")} member accounts (adults; the demo password)`,
      sql: `
        INSERT INTO "User" (id, email, "passwordHash", roles, locale, "personId", "insurerId", "displayName", "activatedAt", "passwordChangedAt", "createdAt", "updatedAt")
        SELECT pg_temp.uuid7(${personTs("lp.idx")}, 1000000000 + lp.idx), 'medlem' || (${LARGE_MEMBER_NUMBER_BASE} + lp.idx) || '@example.dk', lref.password_hash,
               '{MEMBER}', CASE WHEN pg_temp.rnd(lp.idx, 19) < 0.1 THEN 'en' ELSE 'da' END, lp.person_id, lref.insurer_id,
               lp.first_name || ' ' || lp.last_name, ${personTs("lp.idx")}, ${personTs("lp.idx")}, ${personTs("lp.idx")}, ${personTs("lp.idx")}
        FROM lp CROSS JOIN lref WHERE lp.role <> 'CHILD';`,
    },
    {
      label: "claim subjects (who was treated, who claims, which plan)",
      sql: `
        CREATE TEMP TABLE ls AS
        SELECT lp.idx, lp.person_id, lpol.policy_id, lpol.plan_code,
               -- A child's claim is made by the main insured (FAM-7); adults claim for themselves.
               pg_temp.uuid7(${personTs("CASE WHEN lp.role = 'CHILD' THEN lp.pol ELSE lp.idx END")}, 1000000000 + CASE WHEN lp.role = 'CHILD' THEN lp.pol ELSE lp.idx END) AS submitter_id
        FROM lp JOIN lpol ON lpol.pol = lp.pol;
        INSERT INTO ls (idx, person_id, policy_id, plan_code, submitter_id)
        SELECT d.idx, p.id, pol.id, plan.code, u.id
        FROM (VALUES (-1, '10000001', 'mette@demo.dk'), (-2, '10000002', 'lars@demo.dk'), (-3, '10000003', 'mette@demo.dk'), (-4, '10000004', 'mette@demo.dk')) AS d(idx, member_number, submitter)
        JOIN "Person" p ON p."memberNumber" = d.member_number
        JOIN "User" u ON u.email = d.submitter
        JOIN "Policy" pol ON pol.number = 'P-100001'
        JOIN "Plan" plan ON plan.id = pol."planId";
        CREATE UNIQUE INDEX ON ls (idx);
        ANALYZE ls;`,
    },
    {
      label: `${N.toLocaleString("en")} claim headers (status by age, CLM-5 due dates)`,
      sql: `
        CREATE TEMP TABLE lc AS
        WITH g AS (
          SELECT i,
                 timestamptz ${lit(START)} + ((i - 1) + pg_temp.rnd(i, 1)) * ${step} * interval '1 second' AS created,
                 CASE WHEN i > ${Math.floor(N / 3)} AND i % 22222 = 7 THEN (ARRAY[-1, -1, -3, -4])[((i / 22222) % 4) + 1]
                      WHEN i > ${Math.floor(N / 3)} AND i % 66666 = 11 THEN -2
                      ELSE 1 + floor(pg_temp.rnd(i, 2) * ${M})::int END AS subject,
                 pg_temp.rnd(i, 3) AS r_status, pg_temp.rnd(i, 4) AS r_lines, pg_temp.rnd(i, 5) AS r_auto,
                 pg_temp.rnd(i, 6) AS r_decide, pg_temp.rnd(i, 7) AS r_pay, pg_temp.rnd(i, 8) AS r_info
          FROM generate_series(1, ${N}) i
        ), aged AS (
          SELECT g.*, extract(epoch FROM (now() - g.created)) / 86400 AS age FROM g
        ), st AS (
          SELECT aged.*,
                 CASE
                   WHEN r_status < 0.01 THEN 'DRAFT'
                   WHEN r_status < 0.02 THEN 'WITHDRAWN'
                   WHEN age < 0.02 THEN 'SUBMITTED'
                   WHEN age > 21 THEN CASE WHEN r_status < 0.08 THEN 'DECIDED' ELSE 'PAID' END
                   WHEN age > 7 THEN CASE WHEN r_status < 0.07 THEN 'IN_REVIEW' WHEN r_status < 0.12 THEN 'INFORMATION_REQUESTED' WHEN r_status < 0.6 THEN 'PAID' ELSE 'DECIDED' END
                   ELSE CASE WHEN r_status < 0.35 THEN 'IN_REVIEW' WHEN r_status < 0.45 THEN 'INFORMATION_REQUESTED' ELSE 'DECIDED' END
                 END::"ClaimStatus" AS status
          FROM aged
        ), flags AS (
          SELECT st.*,
                 st.status IN ('DECIDED', 'PAID') AS decided,
                 st.status IN ('DECIDED', 'PAID') AND st.r_auto < 0.6 AS auto,
                 (st.status = 'INFORMATION_REQUESTED' OR (st.status IN ('DECIDED', 'PAID') AND st.r_auto >= 0.6 AND st.r_info < 0.25)) AS info
          FROM st
        )
        SELECT f.i, f.created, f.status, f.decided, f.auto, f.r_lines, f.r_info,
               pg_temp.uuid7(f.created, f.i) AS claim_id,
               ls.person_id, ls.policy_id, ls.plan_code, ls.submitter_id,
               CASE WHEN f.r_lines < 0.6 THEN 1 WHEN f.r_lines < 0.9 THEN 2 ELSE 3 END AS nlines,
               CASE WHEN f.status NOT IN ('DRAFT') THEN f.created END AS submitted_at,
               -- CLM-5: 5 working days ≈ a week from a weekday (holidays are not modelled here).
               CASE WHEN f.status NOT IN ('DRAFT') THEN f.created + CASE extract(isodow FROM f.created) WHEN 6 THEN interval '6 days' WHEN 7 THEN interval '5 days' ELSE interval '7 days' END END AS due_at,
               CASE WHEN NOT f.auto AND f.status NOT IN ('DRAFT', 'WITHDRAWN', 'SUBMITTED') THEN f.created + least(f.age * 0.1, 0.1) * interval '1 day' END AS review_at,
               CASE WHEN f.info THEN f.created + least(f.age * 0.2, 1) * interval '1 day' END AS info_requested_at,
               CASE WHEN f.auto THEN f.created + interval '5 seconds'
                    WHEN f.decided THEN f.created + least(f.age * 0.5, 1.5 + f.r_decide * 4) * interval '1 day' END AS decided_at,
               f.age
        FROM flags f JOIN ls ON ls.idx = f.subject;
        ALTER TABLE lc ADD COLUMN paid_at timestamptz, ADD COLUMN withdrawn_at timestamptz, ADD COLUMN info_provided_at timestamptz;
        -- The member answered halfway between the request and the decision.
        UPDATE lc SET info_provided_at = info_requested_at + (decided_at - info_requested_at) / 2 WHERE info_requested_at IS NOT NULL AND decided;
        UPDATE lc SET paid_at = least(decided_at + (2 + pg_temp.rnd(i, 9) * 8) * interval '1 day', now() - interval '1 hour') WHERE status = 'PAID';
        UPDATE lc SET withdrawn_at = created + least(age * 0.5, 1) * interval '1 day' WHERE status = 'WITHDRAWN';
        CREATE UNIQUE INDEX ON lc (i);
        ANALYZE lc;`,
    },
    {
      label: "claim lines (1–3 per claim, amounts, outcomes)",
      sql: `
        CREATE TEMP TABLE ll AS
        SELECT x.*,
               CASE WHEN NOT x.decided THEN NULL WHEN x.r_outcome < 0.05 THEN 'REJECTED' WHEN x.r_outcome < 0.17 THEN 'PARTLY_APPROVED' ELSE 'APPROVED' END::"ClaimLineOutcome" AS outcome,
               round(x.amount * x.coverage / 100.0)::int AS covered,
               (round(x.amount * x.coverage / 100.0 * 0.6 / 100) * 100)::int AS capped
        FROM (
          SELECT lc.i, lc.claim_id, lc.created, lc.decided, lc.plan_code, n AS line_no, c.code, c.label_da, c.label_en, c.coverage,
                 (lc.created AT TIME ZONE 'Europe/Copenhagen')::date - (1 + floor(pg_temp.rnd(lc.i * 4 + n, 21) * 45))::int AS treatment_date,
                 (round(c.base_kr * (0.6 + pg_temp.rnd(lc.i * 4 + n, 22) * 0.9)) * 100)::int AS amount,
                 pg_temp.rnd(lc.i * 4 + n, 23) AS r_outcome,
                 pg_temp.pick(${arr(PROVIDERS)}, pg_temp.rnd(lc.i * 4 + n, 24)) AS provider
          FROM lc CROSS JOIN LATERAL generate_series(1, lc.nlines) n
          JOIN lcat c ON c.plan_code = lc.plan_code AND c.ord = floor(pg_temp.rnd(lc.i * 4 + n, 25) * 6)::int
        ) x;
        ALTER TABLE ll ADD COLUMN payable int;
        UPDATE ll SET payable = CASE outcome WHEN 'APPROVED' THEN covered WHEN 'PARTLY_APPROVED' THEN capped WHEN 'REJECTED' THEN 0 END WHERE decided;
        CREATE TEMP TABLE ltot AS SELECT i, sum(amount)::int AS claimed, sum(payable)::int AS payable FROM ll GROUP BY i;
        CREATE UNIQUE INDEX ON ltot (i);
        -- Nothing to pay (every line rejected): the claim stays DECIDED, it is never PAID.
        UPDATE lc SET status = 'DECIDED', paid_at = NULL FROM ltot WHERE ltot.i = lc.i AND lc.status = 'PAID' AND ltot.payable = 0;`,
    },
    {
      label: `insert ${N.toLocaleString("en")} claims`,
      sql: `
        INSERT INTO "Claim" (id, number, "policyId", "personId", "submittedById", "assignedHandlerId", status, currency, diagnosis, emergency,
                             "claimedTotalMinor", "payableTotalMinor", "submittedAt", "dueAt", "decidedAt", "paidAt", "createdAt", "updatedAt")
        SELECT lc.claim_id, 'C-' || to_char(lc.created AT TIME ZONE 'Europe/Copenhagen', 'YYYY') || '-' || lpad(lc.i::text, 7, '0'),
               lc.policy_id, lc.person_id, lc.submitter_id, CASE WHEN lc.review_at IS NOT NULL THEN lref.handler_id END, lc.status, 'DKK',
               pg_temp.pick(${arr(DIAGNOSES)}, pg_temp.rnd(lc.i, 26)), pg_temp.rnd(lc.i, 27) < 0.02,
               ltot.claimed, CASE WHEN lc.decided THEN ltot.payable END, lc.submitted_at, lc.due_at, lc.decided_at, lc.paid_at, lc.created,
               coalesce(lc.paid_at, lc.decided_at, lc.withdrawn_at, lc.info_provided_at, lc.info_requested_at, lc.created)
        FROM lc JOIN ltot ON ltot.i = lc.i CROSS JOIN lref
        ORDER BY lc.i;`,
    },
    {
      label: "insert claim lines with BEN-7 calculation steps",
      sql: `
        CREATE FUNCTION pg_temp.step(kind text, rule text, amount int, change int, da text, en text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS
        $$ SELECT jsonb_build_object('kind', kind, 'ruleId', rule, 'amountMinor', amount, 'changeMinor', change, 'da', da, 'en', en) $$;
        -- The explanation depends only on (plan, category, amount, outcome): build each distinct one once
        -- (tens of thousands) instead of once per line (1.5 million).
        CREATE TEMP TABLE lexpl AS
        SELECT x.plan_code, x.code, x.amount, x.outcome,
               CASE WHEN NOT x.decided THEN NULL ELSE jsonb_build_object('steps',
                 jsonb_build_array(pg_temp.step('claimed', 'BEN-7', x.amount, 0, 'Anmeldt beløb: ' || pg_temp.kr(x.amount) || ' (1 stk.).', 'Amount claimed: ' || pg_temp.dkk(x.amount) || ' (1 item).'))
                 || CASE WHEN x.outcome = 'REJECTED' THEN
                      jsonb_build_array(pg_temp.step('eligible', 'ELG-7', 0, -x.amount, 'Intet beløb er dækket: behandlingen er undtaget fra dækningen.', 'Nothing is covered: the treatment is excluded from cover.'))
                    ELSE
                      jsonb_build_array(pg_temp.step('coverage', 'BEN-1', x.covered, x.covered - x.amount,
                        x.label_da || ' dækkes med ' || x.coverage || ' %: ' || x.coverage || ' % af ' || pg_temp.kr(x.amount) || ' = ' || pg_temp.kr(x.covered),
                        x.label_en || ' is covered at ' || x.coverage || '%: ' || x.coverage || '% of ' || pg_temp.dkk(x.amount) || ' = ' || pg_temp.dkk(x.covered) || '.'))
                    END
                 || CASE WHEN x.outcome = 'PARTLY_APPROVED' THEN
                      jsonb_build_array(pg_temp.step('cap', 'BEN-1', x.capped, x.capped - x.covered,
                        'Maksimum ' || pg_temp.kr(x.capped) || ' pr. besøg: ' || pg_temp.kr(x.covered) || ' nedsat til ' || pg_temp.kr(x.capped),
                        'Maximum ' || pg_temp.dkk(x.capped) || ' per visit: ' || pg_temp.dkk(x.covered) || ' reduced to ' || pg_temp.dkk(x.capped) || '.'))
                    ELSE '[]'::jsonb END
                 || jsonb_build_array(
                      pg_temp.step('payable', 'BEN-7', x.payable, 0, 'Udbetales: ' || pg_temp.kr(x.payable), 'Payable: ' || pg_temp.dkk(x.payable) || '.'),
                      pg_temp.step('member_share', 'CLM-7', x.amount - x.payable, 0,
                        'Din egen andel: ' || pg_temp.kr(x.amount) || ' − ' || pg_temp.kr(x.payable) || ' = ' || pg_temp.kr(x.amount - x.payable),
                        'Your share: ' || pg_temp.dkk(x.amount) || ' − ' || pg_temp.dkk(x.payable) || ' = ' || pg_temp.dkk(x.amount - x.payable) || '.')),
                 'reasons', CASE x.outcome
                   WHEN 'REJECTED' THEN jsonb_build_array(jsonb_build_object('ruleId', 'ELG-7', 'da', 'Behandlingen er undtaget fra dækningen.', 'en', 'The treatment is excluded from cover.'))
                   WHEN 'PARTLY_APPROVED' THEN jsonb_build_array(jsonb_build_object('ruleId', 'BEN-1', 'da', 'Planens maksimum pr. besøg er nået.', 'en', 'The plan''s maximum per visit was reached.'))
                   ELSE '[]'::jsonb END,
                 'adjustment', NULL::jsonb)
               END AS steps
        FROM (SELECT DISTINCT plan_code, code, label_da, label_en, coverage, amount, covered, capped, payable, outcome, decided FROM ll WHERE decided) x;
        CREATE UNIQUE INDEX ON lexpl (plan_code, code, amount, outcome);
        ANALYZE lexpl;
        INSERT INTO "ClaimLine" (id, "claimId", "lineNo", "treatmentDate", category, "providerName", country, "amountMinor", currency, "receiptPresent", "referralPresent",
                                 outcome, "eligibleMinor", "payableMinor", "memberShareMinor", steps, "createdAt")
        SELECT pg_temp.uuid7(ll.created, ll.i * 4 + ll.line_no), ll.claim_id, ll.line_no, ll.treatment_date, ll.code, ll.provider, 'DK', ll.amount, 'DKK', true, true,
               ll.outcome, CASE WHEN ll.decided THEN CASE WHEN ll.outcome = 'REJECTED' THEN 0 ELSE ll.amount END END, ll.payable,
               CASE WHEN ll.decided THEN ll.amount - ll.payable END,
               e.steps,
               ll.created
        FROM ll LEFT JOIN lexpl e ON e.plan_code = ll.plan_code AND e.code = ll.code AND e.amount = ll.amount AND e.outcome = ll.outcome
        ORDER BY ll.i, ll.line_no;`,
    },
    {
      label: "insert claim events (timeline)",
      sql: `
        INSERT INTO "ClaimEvent" (id, "claimId", kind, "actorUserId", data, "createdAt")
        SELECT pg_temp.uuid7(e.at, lc.i * 10 + e.k), lc.claim_id, e.kind::"ClaimEventKind", e.actor, e.data, e.at
        FROM lc CROSS JOIN lref CROSS JOIN LATERAL (VALUES
          (0, 'DRAFT_SAVED', lc.created, lc.submitter_id, NULL::jsonb, lc.status = 'DRAFT'),
          (1, 'RECEIVED', lc.submitted_at, lc.submitter_id, NULL::jsonb, lc.submitted_at IS NOT NULL),
          (2, 'AUTO_DECIDED', lc.decided_at, NULL::uuid, NULL::jsonb, lc.auto),
          (3, 'IN_REVIEW', lc.review_at, lref.handler_id, NULL::jsonb, lc.review_at IS NOT NULL),
          (4, 'INFORMATION_REQUESTED', lc.info_requested_at, lref.handler_id,
              jsonb_build_object('reason', pg_temp.pick(${arr(INFO_REASONS)}, (lc.r_info * 4 - floor(lc.r_info * 4))), 'ruleId', 'CLM-4'), lc.info_requested_at IS NOT NULL),
          (5, 'INFORMATION_PROVIDED', lc.info_provided_at, lc.submitter_id, NULL::jsonb, lc.info_provided_at IS NOT NULL),
          (6, 'DECIDED', lc.decided_at, CASE WHEN lc.auto THEN NULL ELSE lref.handler_id END, NULL::jsonb, lc.decided_at IS NOT NULL),
          (7, 'PAID', lc.paid_at, NULL::uuid, NULL::jsonb, lc.paid_at IS NOT NULL),
          (8, 'WITHDRAWN', lc.withdrawn_at, lc.submitter_id, NULL::jsonb, lc.withdrawn_at IS NOT NULL)
        ) AS e(k, kind, at, actor, data, present)
        WHERE e.present
        ORDER BY lc.i, e.k;`,
    },
    {
      label: "open member tasks for information requests",
      sql: `
        INSERT INTO "MemberTask" (id, "userId", "claimId", kind, text, status, "createdAt")
        SELECT pg_temp.uuid7(lc.info_requested_at, lc.i), lc.submitter_id, lc.claim_id, 'CLAIM_INFORMATION',
               pg_temp.pick(${arr(INFO_REASONS)}, (lc.r_info * 4 - floor(lc.r_info * 4))), 'OPEN', lc.info_requested_at
        FROM lc WHERE lc.status = 'INFORMATION_REQUESTED';`,
    },
    {
      label: "marker",
      sql: `INSERT INTO "NumberSeries" (name, value) VALUES (${lit(LARGE_MARKER)}, ${N}) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value;`,
    },
  ];
}
