import type { PyNode } from "../../../python/ast.js";
import { codeChildren, unparen } from "../../../python/ast.js";
import { argument, defineRule } from "../../rule.js";
import { callName, isBareStringStatement, isBytesLiteral, isComparedValue } from "../pack-c-shared.js";

/** Constructors and functions whose first argument is an `(host, port)` address to listen on. */
const ADDRESS_TUPLE_SERVERS = new Set([
  "socket.create_server",
  "socketserver.TCPServer",
  "socketserver.UDPServer",
  "socketserver.ThreadingTCPServer",
  "socketserver.ThreadingUDPServer",
  "socketserver.ForkingTCPServer",
  "socketserver.ForkingUDPServer",
  "SocketServer.TCPServer",
  "SocketServer.UDPServer",
  "SocketServer.ThreadingTCPServer",
  "http.server.HTTPServer",
  "http.server.ThreadingHTTPServer",
  "BaseHTTPServer.HTTPServer",
  "wsgiref.simple_server.WSGIServer",
  "xmlrpc.server.SimpleXMLRPCServer",
  "xmlrpc.server.DocXMLRPCServer",
  "SimpleXMLRPCServer.SimpleXMLRPCServer",
]);

/** Functions taking the host to listen on as a separate argument: name → positional index. */
const HOST_ARGUMENT: ReadonlyMap<string, number> = new Map([
  ["wsgiref.simple_server.make_server", 0],
  ["asyncio.start_server", 1],
]);

const WILDCARD_HOSTS = new Set(["", "::"]);

export default defineRule(
  {
    id: "PW-BIND-ALL",
    title: "Service bound to every network interface",
    category: "network",
    severity: "MEDIUM",
    confidence: "MEDIUM",
    cwe: "CWE-605",
    owasp: "A05:2021-Security Misconfiguration",
    bandit: ["B104"],
    description:
      "The address `0.0.0.0` (and, as a listening host, `::` or the empty string) means every network " +
      "interface of the machine, so a server bound to it is reachable from any network the host is on, not " +
      "only from localhost or the intended interface. The literal `0.0.0.0` is reported wherever it is used " +
      'as a value, as Bandit does; comparisons against it and docstrings are not. `::` and `""` are ' +
      "reported only where they are passed as the host of a socket `bind`, a server address or a `host=` argument.",
    remediation:
      "Bind to `127.0.0.1` (or a specific interface) by default and make a wider bind an explicit deployment " +
      "setting, protected by a firewall or reverse proxy.",
    example: {
      before: 'app.run(host="0.0.0.0", port=8080)',
      after: 'app.run(host=os.environ.get("APP_HOST", "127.0.0.1"), port=8080)',
    },
    references: [
      "https://docs.python.org/3/library/socket.html#socket.socket.bind",
      "https://cwe.mitre.org/data/definitions/605.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const m = ctx.model;
    // 1. every "0.0.0.0" literal used as a value (none can exist when the text does not hold one)
    for (const node of m.source.includes("0.0.0.0") ? ctx.nodes("string") : []) {
      if (node.parent?.type === "concatenated_string") continue;
      if (isBytesLiteral(m, node) || ctx.const(node) !== "0.0.0.0") continue;
      if (isBareStringStatement(node) || isComparedValue(m, node)) continue;
      ctx.report(node, { message: 'the address "0.0.0.0" listens on every network interface of the host' });
    }

    // 2. "::" and "" where they are certainly a listening host
    const reportHost = (node: PyNode | undefined, api: string) => {
      if (!node) return;
      const e = unparen(node);
      if (e.type !== "string" || isBytesLiteral(m, e)) return;
      const v = ctx.const(e);
      if (typeof v !== "string" || !WILDCARD_HOSTS.has(v)) return;
      const shown = v === "" ? 'the empty host ""' : 'the host "::"';
      ctx.report(e, { message: `${api} with ${shown} listens on every network interface of the host` });
    };
    const firstOfAddress = (node: PyNode | undefined): PyNode | undefined => {
      const e = node ? unparen(node) : undefined;
      if (!e || (e.type !== "tuple" && e.type !== "list")) return undefined;
      return codeChildren(e)[0];
    };
    for (const call of ctx.methodCalls("bind")) {
      if (!call.receiver || call.args.length !== 1) continue;
      const addr = unparen(call.args[0] as PyNode);
      const n = addr.type === "tuple" ? codeChildren(addr).length : 0;
      if (n === 2 || n === 4) reportHost(firstOfAddress(addr), "socket bind");
    }
    for (const call of ctx.model.calls) {
      const name = callName(m, call);
      const api = name ?? call.method;
      if (name && ADDRESS_TUPLE_SERVERS.has(name))
        reportHost(firstOfAddress(argument(call, 0, "server_address")), name);
      const hostIndex = name ? HOST_ARGUMENT.get(name) : undefined;
      if (hostIndex !== undefined) reportHost(argument(call, hostIndex, "host"), api);
      const hostKw = call.keywords.get("host");
      if (hostKw && ctx.const(hostKw, call.scope) === "::") reportHost(hostKw, api);
    }
  },
);
