import type { Prisma } from "../generated/client";

const REGIONS = [
  { region: "Hovedstaden", cities: ["København", "Frederiksberg", "Hillerød", "Lyngby", "Gentofte"] },
  { region: "Sjælland", cities: ["Roskilde", "Køge", "Næstved", "Holbæk", "Slagelse"] },
  { region: "Syddanmark", cities: ["Odense", "Esbjerg", "Kolding", "Vejle", "Svendborg"] },
  { region: "Midtjylland", cities: ["Aarhus", "Randers", "Silkeborg", "Herning", "Horsens"] },
  { region: "Nordjylland", cities: ["Aalborg", "Hjørring", "Frederikshavn", "Thisted", "Hobro"] },
];

const SPECIALITIES = [
  { code: "general_practice", names: ["Lægehuset", "Lægerne", "Lægeklinikken"] },
  { code: "physiotherapy", names: ["Fysioterapi", "FysioKlinik", "Fysio & Træning"] },
  { code: "chiropractic", names: ["Kiropraktisk Klinik", "Kiropraktorerne"] },
  { code: "psychology", names: ["Psykologpraksis", "Psykologhuset"] },
  { code: "orthopaedics", names: ["Ortopædkirurgisk Klinik", "Privathospitalet Ortopædi"] },
  { code: "dermatology", names: ["Hudklinikken", "Hudlægerne"] },
  { code: "ophthalmology", names: ["Øjenklinikken", "Øjenlægerne"] },
  { code: "ent", names: ["Øre-Næse-Hals Klinikken", "ØNH-lægerne"] },
  { code: "radiology", names: ["Scanningscenter", "Røntgenklinikken"] },
  { code: "hospital", names: ["Privathospital", "Specialhospitalet"] },
];

/** 200 providers, deterministic: the same seed always gives the same list. */
export function demoProviders(insurerId: string, count = 200): Prisma.ProviderCreateManyInput[] {
  const providers: Prisma.ProviderCreateManyInput[] = [];
  for (let i = 0; i < count; i++) {
    const region = REGIONS[i % REGIONS.length]!;
    const speciality = SPECIALITIES[Math.floor(i / REGIONS.length) % SPECIALITIES.length]!;
    const city = region.cities[Math.floor(i / (REGIONS.length * SPECIALITIES.length)) % region.cities.length]!;
    const brand = speciality.names[i % speciality.names.length]!;
    providers.push({
      insurerId,
      name: `${brand} ${city}${i >= 100 ? ` ${["Nord", "Syd", "Øst", "Vest", "Centrum"][i % 5]}` : ""}`,
      speciality: speciality.code,
      region: region.region,
      city,
      country: "DK",
      cvr: String(30_000_000 + i * 7919).slice(0, 8),
      inNetwork: i % 3 !== 0,
      directBilling: i % 4 === 0,
    });
  }
  return providers;
}
