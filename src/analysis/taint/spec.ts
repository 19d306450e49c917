/**
 * The vocabulary of framework packs. The taint engine reads only these shapes; a pack (Flask,
 * Django, …) is a table of them, so adding a framework never changes the engine.
 */

/** Kinds of dangerous operation. A sanitizer clears some kinds and leaves the others. */
export const SINK_KINDS = [
  "sql",
  "cmd",
  "code",
  "path",
  "xss",
  "ssti",
  "deserialization",
  "xxe",
  "xpath",
  "ldap",
  // a DN (`search_base`): its own escaping (`escape_rdn`), reported as LDAP injection
  "ldap-dn",
  "redirect",
  "ssrf",
  "trust-boundary",
  "log",
  "header",
  "redos",
] as const;
export type SinkKind = (typeof SINK_KINDS)[number];

export function kindBit(kind: SinkKind): number {
  return 1 << SINK_KINDS.indexOf(kind);
}
export const ALL_KINDS = (1 << SINK_KINDS.length) - 1;

/** Where untrusted data comes from: request data, or the person running a command-line program. */
export type SourceOrigin = "web" | "cli" | "trace";

/**
 * A source. `names` are qualified names of attributes or calls (`flask.request.args`,
 * `flask.request.get_json`); `objectAttrs` match attribute reads on a parameter called `param`
 * (`request.GET` in a Django view, whatever `request` resolves to).
 */
export interface SourceSpec {
  origin: SourceOrigin;
  /** Qualified names; reading (or calling) any of them yields tainted data. */
  names?: readonly string[];
  /** Attribute names read from a parameter named `param` of a handler. */
  param?: string;
  objectAttrs?: readonly string[];
  /** Methods called on that parameter that return request data (`request.get_json()`). */
  objectMethods?: readonly string[];
  note: string;
}

/** Decorators (qualified-name suffixes like `.route`, `.get`) that make every parameter of the function a source. */
export interface HandlerSpec {
  /** The decorator's resolved name must start with one of these (`flask.`, `fastapi.`…). */
  modules: readonly string[];
  /** …and end with one of these (`.route`, `.get`, `.post`…). */
  suffixes: readonly string[];
  /** Parameters never tainted (`self`, `request` objects, dependencies). */
  skipParams?: readonly string[];
  /**
   * A keyword whose dict literal names injected parameters, anywhere in the module
   * (`@get("/x", dependencies={"repo": Provide(get_repo)})`): handler parameters named by its keys
   * are provided by the application, not read from the request.
   */
  dependencyKeyword?: string;
  /**
   * Calls that register a function as a handler without a decorator (`app.add_url_rule(rule,
   * view_func=show)`, `api.add_api_route(path, endpoint)`): the call's resolved name starts with one
   * of `modules` and ends with `.method`; the function is the argument at one of `args`.
   */
  registrations?: readonly { methods: readonly string[]; args: readonly (number | string)[] }[];
  /**
   * Functions whose parameters (after `self`) are exactly these names are handlers, decorated or
   * not (a WSGI application: `environ, start_response`).
   */
  signature?: readonly string[];
  /**
   * Functions with a parameter annotated with one of these request classes are handlers, however
   * they are registered (`async def report(request: web.Request)`); request data is read from that
   * parameter, the others are left to the callers.
   */
  requestTypes?: readonly string[];
  note: string;
}

/** Base classes whose methods receive request data in their parameters after `self` (and `request`). */
export interface HandlerClassSpec {
  /** Base classes (qualified names); empty with `anyClass`. */
  bases: readonly string[];
  /** Methods whose parameters (after self and the request) are URL parameters. */
  methods: readonly string[];
  /** Also methods whose name matches this pattern (`^resolve_\w+$` of a GraphQL type). */
  methodPattern?: string;
  /**
   * Methods of any class of a module the pack applies to, whatever its bases (Falcon's resources
   * are plain classes with `on_get(self, req, resp)` responders).
   */
  anyClass?: boolean;
  /** Parameters that are not request data (default: `self`, `request`, `req`). */
  skipParams?: readonly string[];
  /** Attributes of `self` that hold request data (`self.path` in http.server handlers). */
  selfAttrs?: readonly string[];
  /**
   * Methods whose return value the framework passes to a sink (`get_redirect_url` of Django's
   * RedirectView returns the redirect target).
   */
  returns?: readonly { methods: readonly string[]; kind: SinkKind; note: string }[];
  note: string;
}

export interface SinkSpec {
  kind: SinkKind;
  /** Qualified names of the called function (exact). */
  names?: readonly string[];
  /** Method names matched on any receiver (`execute` on a DB cursor). */
  methods?: readonly string[];
  /** With `methods`: the file must import one of these modules for the method to count. */
  methodModules?: readonly string[];
  /** With `methods`: the receiver's source text must match this pattern (`(^|\.)headers$`). */
  receiverPattern?: string;
  /**
   * With `methods`: receivers built by these factories (the call itself, or a name bound to it
   * once) make the method safe (`SandboxedEnvironment().from_string(src)` runs in a sandbox).
   */
  exceptReceivers?: readonly string[];
  /**
   * The positional arguments after the first are %-formatted into it (logging): one a constant
   * format shows with `%r` or `%a` comes out as its repr, control characters escaped.
   */
  percentArgs?: boolean;
  /** Positional indexes and keyword names of the dangerous arguments. */
  args: readonly (number | string)[];
  /** Extra condition on the call, evaluated by the engine by name. */
  when?:
    | "shell-true"
    | "program"
    | "unsafe-yaml-loader"
    | "allow-pickle"
    | "lxml-entities"
    | "sax-external-entities"
    | "sax-parser-argument"
    | "html-body"
    | "location-header"
    | "other-header"
    | "sql-text"
    | "compiles-code";
  /**
   * The call's value is what the query read from its store (database rows, directory entries,
   * document nodes), not its arguments: it carries only the receiver's taint.
   */
  valueFromStore?: boolean;
  note: string;
}

export interface SanitizerSpec {
  /** Qualified names of the called function (exact). */
  names?: readonly string[];
  /**
   * Method names matched on any receiver, in files the pack applies to (`url_for` of an aiohttp
   * resource or a Starlette request builds a path of the application itself).
   */
  methods?: readonly string[];
  /** Kinds the result is clean for; `all` for values that cannot carry an injection (numbers, booleans). */
  clears: readonly SinkKind[] | "all";
  /** Kinds taken back out of `clears`: a converted number is still the value the request chose. */
  keeps?: readonly SinkKind[];
}

/** A framework or library pack. */
export interface FrameworkPack {
  name: string;
  /**
   * Top-level modules whose import makes the pack apply to a file (`flask`, `werkzeug`); a pack
   * without them applies everywhere.
   */
  modules?: readonly string[];
  sources?: readonly SourceSpec[];
  handlers?: readonly HandlerSpec[];
  handlerClasses?: readonly HandlerClassSpec[];
  sinks?: readonly SinkSpec[];
  sanitizers?: readonly SanitizerSpec[];
  /**
   * Calls that undo an encoding: their result is no longer clean for the kinds listed, whatever the
   * encoding cleared (`unquote(quote(x))` is `x` again).
   */
  decoders?: readonly { names: readonly string[]; restores: readonly SinkKind[] }[];
  /**
   * Calls whose result is the value of their first argument again, so a container literal keeps
   * its entries: a copy (`copy.deepcopy(v)`), or a decoder applied to its encoder's result
   * (`json.loads(json.dumps(v))`: `names` the outer call, `of` the inner one).
   */
  copies?: readonly { names: readonly string[]; of?: readonly string[] }[];
  /**
   * Objects that live for one request and that any function of it may read (`flask.g`): what one
   * function (a `before_request` hook) stores in an attribute reaches every function that reads
   * that attribute, as a module-level container's contents do.
   */
  requestGlobals?: readonly string[];
  /**
   * Calls that build a URL from its parts given as one sequence (`urlunsplit((scheme, netloc, path,
   * query, fragment))`): with a constant scheme, the host is the element at `host`, so the other
   * parts choose no destination (they carry no SSRF or open-redirect taint into the result).
   */
  urlComposers?: readonly { names: readonly string[]; host: number }[];
  /** Calls whose result carries no taint whatever their arguments (`len`, `os.path.exists`). */
  cleanCalls?: readonly string[];
  /**
   * Calls whose result carries the taint of some arguments only, by position or keyword
   * (`compile(source, filename, mode)`: the code object comes from `source`, not from the file name).
   */
  propagators?: readonly { names: readonly string[]; args: readonly (number | string)[] }[];
  /**
   * Calls that call the function given at argument `fn` with the positional arguments after it
   * (`asyncio.to_thread(fn, x)`, `loop.run_in_executor(None, fn, x)`): judged as that call.
   * `methods` match by method name (on any receiver).
   */
  invokers?: readonly {
    names?: readonly string[];
    methods?: readonly string[];
    /**
     * Position of the function; `-1` for the receiver (`task.delay(x)` runs `task(x)`), whose
     * arguments are the call's own, or the list or tuple given as `argsKeyword` when that keyword
     * (or the first argument) is one (`task.apply_async(args=[x])`).
     */
    fn: number;
    argsKeyword?: string;
  }[];
  /**
   * Template engines that escape what templates are given when built with a flag
   * (`Environment(autoescape=True)`): `render(...)` of a template from `templateMethods` of such an
   * object (or of the factory's own result) is clean of `clears`.
   */
  autoescapers?: readonly {
    factories: readonly string[];
    keyword: string;
    templateMethods: readonly string[];
    renderMethods: readonly string[];
    clears: readonly SinkKind[];
  }[];
  /** Responses built from a view's return value: a tainted string returned from these handlers is XSS. */
  returnsResponse?: boolean;
  /** Calls that build a response body (their argument is an XSS sink; stack traces reaching them are exposed). */
  responseCalls?: readonly string[];
  /**
   * What adds to or replaces the body of a response that `responseCalls` built (`response.write(x)`,
   * `response.content = x`, `resp.set_data(x)`): XSS sinks unless the construction (or a later
   * assignment of its content type) declares a media type other than HTML.
   */
  responseWriters?: { methods?: readonly string[]; attrs?: readonly string[] };
  /**
   * Handler parameters that are the response the framework sends (Falcon's `resp`): writing to one
   * of `responseWriters.attrs` (`resp.text = x`) is an XSS sink when the handler declares an HTML
   * media type on it (`resp.content_type = falcon.MEDIA_HTML`); otherwise the body is data.
   */
  responseParams?: readonly string[];
  /**
   * Response calls among `responseCalls` that send their body as plain text unless a media type
   * says otherwise (aiohttp's `web.Response(text=…)` is `text/plain`): XSS sinks only with an HTML one.
   */
  plainResponseCalls?: readonly string[];
  /**
   * Methods that return a number on whatever library object they are called (`qs.count()`,
   * `text.find(sub)`); methods of the scanned tree's own classes keep their summaries.
   */
  numericMethods?: readonly string[];
  /**
   * An ORM's query managers: on an attribute named in `attrs` (`Organisation.objects`), the
   * `methods` and chains of them (`.filter(slug=x).first()`) read stored rows. What they return is
   * the database's, not the lookup arguments' (`org.pk` is not the slug the request gave).
   */
  queryManagers?: { attrs: readonly string[]; methods: readonly string[] };
  /** Objects whose item assignment stores data across requests (`flask.session`). */
  sessionObjects?: readonly string[];
  /**
   * The request's own absolute URL: qualified names (`flask.request.url`, werkzeug's
   * `get_current_url(environ)`), attributes of the request parameter (`request.url`) and its
   * methods called without run-time arguments (`request.build_absolute_uri()`). Its host is the one
   * the client asked for, so sending the client there (whole, or joined with a path) is no open
   * redirect; a part read from it (`urlparse(u).query`, `u.split("?")[1]`) is request data again.
   */
  ownUrls?: {
    names?: readonly string[];
    objectAttrs?: readonly string[];
    objectMethods?: readonly string[];
  };
}
