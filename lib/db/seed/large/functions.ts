/**
 * Session-local SQL helpers for the large seed (created in pg_temp, gone when the connection
 * closes, so nothing is left in the app's schema). All "randomness" is a hash of the row number,
 * so the same run produces the same data.
 */
export const HELPER_FUNCTIONS = [
  // Deterministic pseudo-random number in [0, 1) for (row, stream).
  `CREATE FUNCTION pg_temp.rnd(n bigint, stream int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
   $$ SELECT (hashint8extended(n, stream) & 2147483647)::float8 / 2147483648.0 $$`,
  // A UUID v7 from an instant and a per-table unique counter: time-ordered like the app's own ids
  // (uuid(7)), so bulk inserts append to the primary-key index instead of splitting random pages.
  `CREATE FUNCTION pg_temp.uuid7(ts timestamptz, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
   $$ SELECT (lpad(to_hex((extract(epoch FROM ts) * 1000)::bigint), 12, '0') || '7'
              || substr(lpad(to_hex(n), 18, '0'), 1, 3) || '8' || substr(lpad(to_hex(n), 18, '0'), 4, 15))::uuid $$`,
  // Money as the rules engine writes it in its step texts (Intl da-DK / en-GB with a no-break space).
  `CREATE FUNCTION pg_temp.kr(minor int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
   $$ SELECT translate(to_char(minor / 100.0, 'FM999,999,990.00'), ',.', '.,') || U&'\\00A0' || 'kr.' $$`,
  `CREATE FUNCTION pg_temp.dkk(minor int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
   $$ SELECT 'DKK' || U&'\\00A0' || to_char(minor / 100.0, 'FM999,999,990.00') $$`,
  // An element of a text array chosen by a [0, 1) number.
  `CREATE FUNCTION pg_temp.pick(items text[], r float8) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
   $$ SELECT items[1 + floor(r * array_length(items, 1))::int] $$`,
];
