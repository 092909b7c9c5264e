import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where webhooks may go. A subscription's URL is typed by an office's staff or an integration, and
 * the server POSTs to it from inside its own network: an address that is not public — loopback, the
 * cloud's metadata service at 169.254.169.254, the intranet — would let them reach what only the
 * server can. A receiver must resolve to public unicast addresses only, or lie in a network the
 * deployment names (WEBHOOK_PRIVATE_NETWORKS, e.g. the union's intranet; loopback outside production).
 */
let allowedNetworks: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];

export function allowWebhookNetworks(cidrs: readonly string[]) {
  allowedNetworks = cidrs.map((cidr) => ipaddr.parseCIDR(cidr));
}

/** Whether webhooks may connect to `address` (an IPv4 or IPv6 address; IPv4-mapped IPv6 counts as its IPv4). */
export function addressAllowed(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.process(address);
  if (ip.range() === 'unicast') return true;
  return allowedNetworks.some(([network, bits]) => network.kind() === ip.kind() && ip.match(network, bits));
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/**
 * A URL whose host is already known to be out of reach: an address (the URL parser has normalized
 * `0x7f.1` and the like to one) or a `localhost` name. Other names are checked as they resolve, on
 * every delivery.
 */
export function urlOutOfReach(url: string): boolean {
  const host = hostOf(new URL(url));
  if (host === 'localhost' || host.endsWith('.localhost')) return !addressAllowed('127.0.0.1');
  return isIP(host) !== 0 && !addressAllowed(host);
}

export class AddressNotAllowed extends Error {
  constructor(host: string, address: string) {
    super(`${host} is ${address}, not a public address: webhooks go to public addresses or to WEBHOOK_PRIVATE_NETWORKS`);
  }
}

/** DNS as usual, refusing a name if any address it resolves to is out of reach: the connection goes to an address checked here. */
const checkedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 4);
    const refused = addresses.find((a) => !addressAllowed(a.address));
    if (refused || !addresses.length) return callback(new AddressNotAllowed(hostname, refused?.address ?? 'nothing'), '', 4);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/** POSTs `body` to a receiver that passes the checks above; answers the HTTP status. Redirects are answers, not followed. */
export function postWebhook(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<number> {
  const target = new URL(url);
  const host = hostOf(target);
  if (isIP(host) && !addressAllowed(host)) return Promise.reject(new AddressNotAllowed(host, host));
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      { method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, lookup: checkedLookup, signal: AbortSignal.timeout(timeoutMs) },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
