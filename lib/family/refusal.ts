import { Refusal } from "../server/refusal";

/** A family change refused, with the message key (family.errors.…) and its field. */
export class FamilyRefusal extends Refusal {}
