import { BlockList, isIP } from "node:net";
import { env } from "../env";

/**
 * The header the production server (lib/cli/next-worker.ts) overwrites with the socket's peer
 * address on every request, deleting any value a client sent. Next.js does not expose the socket
 * to route handlers or server actions, and it only fills `X-Forwarded-For` from the socket when
 * the client sent none, so without this header the peer cannot be told from a client's claim.
 */
export const PEER_HEADER = "x-portal-peer";

/**
 * The client's address for throttling and audit.
 * - The peer is the `x-portal-peer` stamp; without one (`next dev`/`next start`), the right-most
 *   `X-Forwarded-For` entry, which Next.js sets from the socket when the client sent none.
 * - `X-Forwarded-For` is believed only when that peer is in `TRUSTED_PROXIES`: then the answer is
 *   the right-most entry that is not itself a trusted proxy (entries to its left are the client's
 *   own claims). `X-Real-IP` is never believed: nothing of ours sets it.
 */
export function clientIp(headers: Headers, trusted: BlockList = trustedProxies()): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",");
  const stamped = headers.get(PEER_HEADER);
  const peer = normaliseIp(stamped ?? forwarded.at(-1));
  if (!peer) return "unknown";
  if (!isTrusted(trusted, peer)) return peer;
  // With a stamp, every X-Forwarded-For entry was sent by the trusted peer; without one, the
  // last entry *is* the peer.
  const hops = stamped === null ? forwarded.slice(0, -1) : forwarded;
  let nearest = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseIp(hops[i]);
    // A trusted proxy that reports garbage: the client is known only as far as that proxy.
    if (!hop) return nearest;
    if (!isTrusted(trusted, hop)) return hop;
    nearest = hop;
  }
  return nearest;
}

/** A canonical address (IPv4-mapped IPv6 as IPv4, IPv6 compressed and lower-case, no port), or undefined. */
export function normaliseIp(raw: string | null | undefined): string | undefined {
  let value = raw?.trim();
  if (!value) return undefined;
  if (value.startsWith("[")) {
    const end = value.indexOf("]");
    if (end < 0) return undefined;
    value = value.slice(1, end);
  } else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(value)) {
    value = value.slice(0, value.lastIndexOf(":"));
  }
  const zone = value.indexOf("%");
  if (zone >= 0) value = value.slice(0, zone);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped?.[1]) value = mapped[1];
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return undefined;
  const canonical = new URL(`http://[${value}]/`).hostname.slice(1, -1);
  const [, high, low] = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical) ?? [];
  if (high === undefined || low === undefined) return canonical;
  const [hi, lo] = [parseInt(high, 16), parseInt(low, 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/** `TRUSTED_PROXIES`: comma-separated addresses and CIDR ranges. Throws on an entry that is neither. */
export function parseTrustedProxies(list: string): BlockList {
  const block = new BlockList();
  for (const entry of list.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address, prefix, extra] = entry.split("/");
    const ip = normaliseIp(address);
    const type = ip && isIP(ip) === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = type === "ipv6" ? 128 : 32;
    if (!ip || extra !== undefined || (bits !== undefined && (!/^\d+$/.test(prefix ?? "") || bits > maxBits))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    if (bits === undefined) block.addAddress(ip, type);
    else block.addSubnet(ip, bits, type);
  }
  return block;
}

function isTrusted(trusted: BlockList, ip: string): boolean {
  return trusted.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

let cached: { list: string; block: BlockList } | undefined;
function trustedProxies(): BlockList {
  const list = env().TRUSTED_PROXIES;
  if (cached?.list !== list) cached = { list, block: parseTrustedProxies(list) };
  return cached.block;
}
