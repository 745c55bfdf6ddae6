// Node module-resolution hook for CLI processes (seed, migrations, jobs run by hand).
// `server-only` guards Next.js bundles against leaking server code to the browser; a CLI process
// is not such a bundle, so there it resolves to an empty module.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}
