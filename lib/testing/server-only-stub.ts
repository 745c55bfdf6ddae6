// `server-only` throws when imported outside a React Server Components bundle; tests alias it here.
export {};
