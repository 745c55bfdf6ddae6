import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 iterations): ~30 ms here, slow enough to hurt guessing.
const OPTIONS = { algorithm: 2 /* Argon2id; the enum is an ambient const enum */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashSecret(secret: string): Promise<string> {
  return hash(secret, OPTIONS);
}

export async function verifySecret(hashed: string, secret: string): Promise<boolean> {
  try {
    return await verify(hashed, secret);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spend the same time as a real check when there is no account, so timing reveals nothing. */
export async function burnVerification(secret: string): Promise<false> {
  dummyHash ??= hashSecret("no-such-account-placeholder");
  await verifySecret(await dummyHash, secret);
  return false;
}
