import { stopMailCatcher } from "./mailbox";

export default async function globalTeardown(): Promise<void> {
  await stopMailCatcher();
}
