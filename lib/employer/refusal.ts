import { Refusal } from "../server/refusal";

/** An employer change refused, with the message key (employer.errors.…) and its field. */
export class EmployerRefusal extends Refusal {}
