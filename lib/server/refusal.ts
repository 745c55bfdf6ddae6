/**
 * A translated "no" from a service: the message key, and the field it belongs to if any.
 * Services throw it (or a subclass naming the service); `createAction` turns any Refusal into a
 * form error, so actions never re-wrap them. No framework imports: CLIs and tests use it too.
 */
export class Refusal extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = new.target.name;
  }
}
