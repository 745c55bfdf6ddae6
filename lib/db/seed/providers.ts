import type { Prisma } from "../generated/client";

const REGIONS = [
  { region: "Hovedstaden", cities: ["København", "Frederiksberg", "Hillerød", "Lyngby", "Gentofte"] },
  { region: "Sjælland", cities: ["Roskilde", "Køge", "Næstved", "Holbæk", "Slagelse"] },
  { region: "Syddanmark", cities: ["Odense", "Esbjerg", "Kolding", "Vejle", "Svendborg"] },
  { region: "Midtjylland", cities: ["Aarhus", "Randers", "Silkeborg", "Herning", "Horsens"] },
  { region: "Nordjylland", cities: ["Aalborg", "Hjørring", "Frederikshavn", "Thisted", "Hobro"] },
];

/** The first postcode of each city (real Danish postcodes); larger cities get a few more. */
const POSTCODES: Record<string, string[]> = {
  København: ["1050", "1620", "2100", "2200", "2300"],
  Frederiksberg: ["1850", "2000"],
  Hillerød: ["3400"],
  Lyngby: ["2800"],
  Gentofte: ["2820"],
  Roskilde: ["4000"],
  Køge: ["4600"],
  Næstved: ["4700"],
  Holbæk: ["4300"],
  Slagelse: ["4200"],
  Odense: ["5000", "5200", "5230"],
  Esbjerg: ["6700", "6705"],
  Kolding: ["6000"],
  Vejle: ["7100"],
  Svendborg: ["5700"],
  Aarhus: ["8000", "8200", "8210"],
  Randers: ["8900"],
  Silkeborg: ["8600"],
  Herning: ["7400"],
  Horsens: ["8700"],
  Aalborg: ["9000", "9200"],
  Hjørring: ["9800"],
  Frederikshavn: ["9900"],
  Thisted: ["7700"],
  Hobro: ["9500"],
};

/** Streets that tell clinics of the same brand and city apart beyond the first 250. */
const STREETS = ["Nørregade", "Søndergade", "Vestergade", "Østergade", "Algade", "Torvet", "Banegårdspladsen", "Havnegade", "Skolegade", "Kirkevej"];

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

/** How many providers the demo insurer has: enough that the member's provider search is real. */
export const DEMO_PROVIDER_COUNT = 2_400;

/**
 * Providers, deterministic: the same seed always gives the same list (the first 200 are the ones
 * the claim form's tests name). Inserted with one createMany.
 */
export function demoProviders(insurerId: string, count = DEMO_PROVIDER_COUNT): Prisma.ProviderCreateManyInput[] {
  const providers: Prisma.ProviderCreateManyInput[] = [];
  for (let i = 0; i < count; i++) {
    const region = REGIONS[i % REGIONS.length]!;
    const speciality = SPECIALITIES[Math.floor(i / REGIONS.length) % SPECIALITIES.length]!;
    const city = region.cities[Math.floor(i / (REGIONS.length * SPECIALITIES.length)) % region.cities.length]!;
    const brand = speciality.names[i % speciality.names.length]!;
    const postcodes = POSTCODES[city]!;
    const street = i >= 250 ? ` ${STREETS[Math.floor(i / 250) % STREETS.length]} ${1 + (Math.floor(i / 2_500) * 7 + i) % 97}` : "";
    providers.push({
      insurerId,
      name: `${brand} ${city}${i >= 100 ? ` ${["Nord", "Syd", "Øst", "Vest", "Centrum"][i % 5]}` : ""}${street}`,
      speciality: speciality.code,
      region: region.region,
      city,
      postalCode: postcodes[Math.floor(i / 7) % postcodes.length]!,
      country: "DK",
      cvr: String(30_000_000 + i * 7919).slice(0, 8),
      inNetwork: i % 3 !== 0,
      directBilling: i % 4 === 0,
    });
  }
  return providers;
}
