import type { FrameworkPack, SinkSpec, SourceSpec } from "./spec.js";

/** The methods of a Flask-style class-based view (Flask and Quart `MethodView`, REST `Resource`s). */
const METHOD_VIEW_METHODS = ["get", "post", "put", "patch", "delete", "head", "options", "dispatch_request"];

/**
 * `render_template_string(src)` of Flask-style frameworks: the template's own text is both run
 * (template injection) and the page itself (nothing escapes what is spliced into it).
 */
function templateTextSinks(names: readonly string[]): SinkSpec[] {
  return [
    { kind: "ssti", names, args: [0, "source"], note: "template rendered from text" },
    { kind: "xss", names, args: [0, "source"], note: "the text of an HTML template" },
  ];
}

/** Flask's request attributes, as Quart has them too. */
const FLASK_REQUEST_ATTRS = [
  "args",
  "form",
  "values",
  "cookies",
  "headers",
  "json",
  "data",
  "files",
  "view_args",
  "environ",
  "full_path",
  "url",
  "query_string",
  "referrer",
  "user_agent",
];

/** Flask and Werkzeug. */
const flask: FrameworkPack = {
  name: "flask",
  modules: ["flask", "werkzeug"],
  requestGlobals: ["flask.g"],
  sources: [
    {
      origin: "web",
      names: [
        "flask.request.args",
        "flask.request.form",
        "flask.request.values",
        "flask.request.cookies",
        "flask.request.headers",
        "flask.request.json",
        "flask.request.data",
        "flask.request.files",
        "flask.request.view_args",
        "flask.request.get_json",
        "flask.request.get_data",
        "flask.request.stream",
        "flask.request.environ",
        "flask.request.path",
        "flask.request.full_path",
        "flask.request.url",
        "flask.request.query_string",
        "flask.request.referrer",
        "flask.request.user_agent",
        "werkzeug.local.LocalProxy",
      ],
      note: "request data",
    },
    // the request object handed to a helper (`Wrapper(request)`, `def read(request, name)`): what
    // the helper reads from its `request` parameter or `self.request` field is request data
    {
      origin: "web",
      param: "request",
      objectAttrs: [
        "args",
        "form",
        "values",
        "cookies",
        "headers",
        "json",
        "data",
        "files",
        "view_args",
        "environ",
        "full_path",
        "url",
        "query_string",
        "referrer",
        "user_agent",
      ],
      objectMethods: ["get_json", "get_data"],
      note: "request data",
    },
  ],
  handlers: [
    {
      modules: ["flask."],
      suffixes: [".route", ".get", ".post", ".put", ".patch", ".delete"],
      registrations: [{ methods: ["add_url_rule"], args: [2, "view_func"] }],
      note: "route parameter",
    },
  ],
  // class-based views registered with `app.add_url_rule(..., view_func=V.as_view(...))`
  handlerClasses: [
    {
      bases: ["flask.views.MethodView", "flask.views.View"],
      methods: METHOD_VIEW_METHODS,
      note: "URL parameter",
    },
  ],
  sinks: [
    ...templateTextSinks(["flask.render_template_string"]),
    {
      kind: "redirect",
      names: ["flask.redirect", "werkzeug.utils.redirect"],
      args: [0, "location"],
      note: "redirect",
    },
    {
      kind: "path",
      names: ["flask.send_file", "flask.helpers.send_file"],
      args: [0, "path_or_file"],
      note: "file sent",
    },
    { kind: "path", names: ["flask.send_from_directory"], args: [0, "directory"], note: "directory served" },
    // an uploaded file written where the request says (`request.files["f"].save(path)`)
    {
      kind: "path",
      methods: ["save"],
      methodModules: ["flask", "werkzeug"],
      args: [0, "dst"],
      note: "uploaded file saved",
    },
  ],
  sanitizers: [
    { names: ["werkzeug.utils.secure_filename", "werkzeug.secure_filename"], clears: ["path", "cmd"] },
    // a path under the directory, or None (Django's raises) when the parts would leave it
    {
      names: [
        "werkzeug.security.safe_join",
        "werkzeug.utils.safe_join",
        "flask.safe_join",
        "flask.helpers.safe_join",
      ],
      clears: ["path"],
    },
    // HTML escaping leaves `{{ }}` intact: it does not make text safe as a template
    { names: ["flask.escape", "markupsafe.escape", "jinja2.escape"], clears: ["xss"] },
    // `Markup("<b>{}</b>").format(x)` escapes what it formats in
    {
      names: [
        "markupsafe.Markup().format",
        "flask.Markup().format",
        "jinja2.Markup().format",
        "markupsafe.Markup().join",
        "flask.Markup().join",
      ],
      clears: ["xss"],
    },
    { names: ["flask.url_for"], clears: "all" },
  ],
  cleanCalls: ["flask.jsonify", "flask.render_template", "flask.url_for", "flask.abort"],
  returnsResponse: true,
  responseCalls: [
    "flask.make_response",
    "flask.Response",
    "flask.wrappers.Response",
    "werkzeug.wrappers.Response",
  ],
  responseWriters: { methods: ["set_data"], attrs: ["data"] },
  sessionObjects: ["flask.session"],
  ownUrls: {
    names: [
      "flask.request.url",
      "flask.request.base_url",
      "flask.request.host_url",
      "flask.request.url_root",
      "werkzeug.wsgi.get_current_url",
      "werkzeug.sansio.utils.get_current_url",
    ],
    objectAttrs: ["url", "base_url", "host_url", "url_root"],
  },
};

/** Django's generic editing views, whose hooks receive a form bound to the request. */
const DJANGO_FORM_VIEWS = [
  "django.views.generic.FormView",
  "django.views.generic.edit.FormView",
  "django.views.generic.CreateView",
  "django.views.generic.edit.CreateView",
  "django.views.generic.UpdateView",
  "django.views.generic.edit.UpdateView",
];

/** What a view reads from Django's request (`request.GET`, DRF's `request.query_params`). */
const DJANGO_REQUEST_SOURCE: SourceSpec = {
  origin: "web",
  param: "request",
  objectAttrs: [
    "GET",
    "POST",
    "COOKIES",
    "META",
    "body",
    "FILES",
    "headers",
    "path",
    "path_info",
    "data",
    "content_params",
    // Django REST framework's Request
    "query_params",
  ],
  objectMethods: ["get_full_path", "read", "build_absolute_uri"],
  note: "request data",
};

/** Django. View functions receive the request as their first parameter. */
const django: FrameworkPack = {
  name: "django",
  modules: ["django", "rest_framework"],
  sources: [DJANGO_REQUEST_SOURCE],
  // `Model.objects.filter(slug=x).first()`: a row of the database (raw SQL has its own sinks)
  queryManagers: {
    attrs: ["objects"],
    methods: [
      "all",
      "filter",
      "exclude",
      "get",
      "first",
      "last",
      "earliest",
      "latest",
      "order_by",
      "distinct",
      "select_related",
      "prefetch_related",
      "only",
      "defer",
      "using",
      "none",
      "in_bulk",
      "aget",
      "afirst",
      "alast",
    ],
  },
  handlerClasses: [
    {
      bases: [
        "django.views.View",
        "django.views.generic.View",
        "django.views.generic.base.View",
        "rest_framework.views.APIView",
      ],
      methods: ["get", "post", "put", "patch", "delete", "head"],
      // the URL's captured values, also read as `self.kwargs["slug"]` in any method
      selfAttrs: ["kwargs", "args"],
      note: "URL parameter",
    },
    {
      // a RedirectView answers with a redirect to what get_redirect_url returns
      bases: ["django.views.generic.RedirectView", "django.views.generic.base.RedirectView"],
      methods: ["get_redirect_url"],
      selfAttrs: ["kwargs", "args"],
      returns: [{ methods: ["get_redirect_url"], kind: "redirect", note: "redirect target" }],
      note: "URL parameter",
    },
    {
      // generic views: their hooks read the URL's values through `self.kwargs`
      bases: [
        "django.views.generic.TemplateView",
        "django.views.generic.base.TemplateView",
        "django.views.generic.RedirectView",
        "django.views.generic.base.RedirectView",
        "django.views.generic.DetailView",
        "django.views.generic.detail.DetailView",
        "django.views.generic.ListView",
        "django.views.generic.list.ListView",
        ...DJANGO_FORM_VIEWS,
        "django.views.generic.DeleteView",
        "django.views.generic.edit.DeleteView",
        "rest_framework.generics.GenericAPIView",
        "rest_framework.generics.ListAPIView",
        "rest_framework.generics.RetrieveAPIView",
        "rest_framework.viewsets.ViewSet",
        "rest_framework.viewsets.GenericViewSet",
        "rest_framework.viewsets.ModelViewSet",
        "rest_framework.viewsets.ReadOnlyModelViewSet",
      ],
      // viewset actions take the URL's values (`pk`) after the request; the hooks a generic view
      // calls for each request (`get_queryset`, `get_context_data(**kwargs)` with the URL's values)
      methods: [
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "head",
        "list",
        "create",
        "retrieve",
        "update",
        "partial_update",
        "destroy",
        "get_queryset",
        "get_context_data",
      ],
      selfAttrs: ["kwargs", "args"],
      note: "URL parameter",
    },
    {
      // editing views hand their hooks the form bound to the request (`form.cleaned_data`)
      bases: [
        ...DJANGO_FORM_VIEWS,
        "django.views.generic.edit.ProcessFormView",
        "django.views.generic.edit.BaseFormView",
      ],
      methods: ["form_valid", "form_invalid"],
      selfAttrs: ["kwargs", "args"],
      note: "form bound to the request",
    },
    {
      // an authentication backend is handed the credentials of a login request
      bases: [
        "django.contrib.auth.backends.BaseBackend",
        "django.contrib.auth.backends.ModelBackend",
        "django.contrib.auth.backends.AllowAllUsersModelBackend",
        "django.contrib.auth.backends.RemoteUserBackend",
      ],
      methods: ["authenticate"],
      note: "login credential",
    },
  ],
  sinks: [
    {
      kind: "sql",
      methods: ["raw"],
      methodModules: ["django"],
      args: [0, "raw_query"],
      note: "raw SQL query",
    },
    {
      // `QuerySet.extra(where=[...], select={...})`: its clauses are SQL text
      kind: "sql",
      methods: ["extra"],
      methodModules: ["django"],
      args: ["where", "select", "tables", "order_by"],
      note: "SQL clauses of QuerySet.extra",
    },
    {
      kind: "sql",
      names: ["django.db.models.expressions.RawSQL", "django.db.models.RawSQL"],
      args: [0, "sql"],
      note: "RawSQL",
    },
    {
      kind: "redirect",
      names: [
        "django.shortcuts.redirect",
        "django.http.HttpResponseRedirect",
        "django.http.HttpResponsePermanentRedirect",
        "django.http.response.HttpResponseRedirect",
      ],
      args: [0, "redirect_to", "to"],
      note: "redirect",
    },
    {
      kind: "xss",
      names: ["django.utils.safestring.mark_safe", "django.utils.html.mark_safe"],
      args: [0],
      note: "text marked safe",
    },
  ],
  sanitizers: [
    // raises SuspiciousFileOperation when the parts would leave the directory
    { names: ["django.utils._os.safe_join"], clears: ["path"] },
    {
      names: [
        "django.utils.html.escape",
        "django.utils.html.conditional_escape",
        "django.utils.html.strip_tags",
        "django.utils.html.format_html",
      ],
      clears: ["xss"],
    },
    { names: ["django.urls.reverse", "django.shortcuts.resolve_url"], clears: "all" },
  ],
  cleanCalls: [
    "django.shortcuts.render",
    "django.http.JsonResponse",
    "django.template.loader.render_to_string",
    // a user or row read from the database: what it holds is stored data, not the lookup's values
    "django.contrib.auth.authenticate",
    "django.contrib.auth.get_user",
    "django.shortcuts.get_object_or_404",
    "django.shortcuts.get_list_or_404",
  ],
  responseCalls: [
    "django.http.HttpResponse",
    "django.http.response.HttpResponse",
    "django.http.StreamingHttpResponse",
  ],
  responseWriters: { methods: ["write", "writelines"], attrs: ["content", "streaming_content"] },
  ownUrls: { objectMethods: ["build_absolute_uri"] },
};

/** FastAPI and Starlette. Endpoint parameters are request data. */
const fastapi: FrameworkPack = {
  name: "fastapi",
  modules: ["fastapi", "starlette"],
  sources: [
    {
      origin: "web",
      param: "request",
      objectAttrs: ["query_params", "path_params", "headers", "cookies", "url"],
      objectMethods: ["json", "body", "form", "stream"],
      note: "request data",
    },
  ],
  handlers: [
    {
      modules: ["fastapi.", "starlette."],
      suffixes: [".get", ".post", ".put", ".patch", ".delete", ".route", ".api_route", ".websocket"],
      skipParams: ["request", "db", "session", "background_tasks", "response"],
      registrations: [
        { methods: ["add_api_route", "add_route"], args: [1, "endpoint"] },
        { methods: ["add_api_websocket_route", "add_websocket_route"], args: [1, "endpoint"] },
        // `Route("/status", status)` in a Starlette application's routes
        { methods: ["Route", "WebSocketRoute", "APIRoute"], args: [1, "endpoint"] },
      ],
      note: "endpoint parameter",
    },
    {
      // a Starlette endpoint mounted with `Route(path, endpoint)`
      modules: [],
      suffixes: [],
      requestTypes: ["starlette.requests.Request", "fastapi.Request", "fastapi.requests.Request"],
      note: "endpoint parameter",
    },
  ],
  sinks: [
    {
      kind: "redirect",
      names: ["starlette.responses.RedirectResponse", "fastapi.responses.RedirectResponse"],
      args: [0, "url"],
      note: "redirect",
    },
    {
      kind: "path",
      names: ["starlette.responses.FileResponse", "fastapi.responses.FileResponse"],
      args: [0, "path"],
      note: "file served",
    },
  ],
  responseCalls: [
    "starlette.responses.HTMLResponse",
    "fastapi.responses.HTMLResponse",
    "starlette.responses.Response",
    "fastapi.Response",
  ],
  sanitizers: [
    // `request.url_for("order", order_id=x)`: a URL of this application (path parameters may not
    // hold "/")
    { methods: ["url_for"], clears: ["redirect"] },
  ],
  ownUrls: { objectAttrs: ["url", "base_url"] },
};

/** Pyramid. */
const pyramid: FrameworkPack = {
  name: "pyramid",
  modules: ["pyramid"],
  sources: [
    {
      origin: "web",
      param: "request",
      objectAttrs: ["params", "matchdict", "json_body", "GET", "POST", "cookies", "headers", "body", "text"],
      note: "request data",
    },
  ],
  // views take the request (and a context): the URL's values are read from request.matchdict
  handlers: [
    {
      modules: ["pyramid."],
      suffixes: [".view_config"],
      skipParams: ["request", "context"],
      registrations: [{ methods: ["add_view"], args: [0, "view"] }],
      note: "view",
    },
  ],
  responseCalls: ["pyramid.response.Response"],
  responseWriters: { methods: ["write"], attrs: ["text", "body", "unicode_body", "app_iter"] },
  sinks: [
    {
      kind: "redirect",
      // the redirecting responses of pyramid.httpexceptions all take the target as `location`
      names: [
        "pyramid.httpexceptions.HTTPFound",
        "pyramid.httpexceptions.HTTPSeeOther",
        "pyramid.httpexceptions.HTTPMovedPermanently",
        "pyramid.httpexceptions.HTTPTemporaryRedirect",
        "pyramid.httpexceptions.HTTPPermanentRedirect",
      ],
      args: [0, "location"],
      note: "redirect",
    },
    {
      kind: "path",
      names: ["pyramid.response.FileResponse"],
      args: [0, "path"],
      note: "file served",
    },
  ],
};

/** aiohttp server handlers and Tornado request handlers. */
const aiohttpTornado: FrameworkPack = {
  name: "aiohttp/tornado",
  modules: ["aiohttp", "tornado", "http", "socketserver"],
  sources: [
    {
      origin: "web",
      param: "request",
      objectAttrs: [
        "query",
        "match_info",
        "headers",
        "cookies",
        "rel_url",
        "query_string",
        "path",
        "content",
      ],
      objectMethods: ["json", "post", "text", "read", "multipart"],
      note: "request data",
    },
    // Tornado's `self.request` (an HTTPServerRequest)
    {
      origin: "web",
      param: "request",
      objectAttrs: ["body", "files", "arguments", "query_arguments", "body_arguments", "uri"],
      note: "request data",
    },
    {
      origin: "web",
      param: "self",
      objectMethods: [
        "get_argument",
        "get_arguments",
        "get_query_argument",
        "get_body_argument",
        "get_cookie",
        "get_secure_cookie",
      ],
      note: "request argument",
    },
  ],
  // handlers take the request: what it carries is read from request.query, match_info, post()
  handlers: [
    {
      modules: ["aiohttp."],
      suffixes: [".get", ".post", ".put", ".patch", ".delete", ".route", ".view"],
      skipParams: ["request"],
      registrations: [
        {
          methods: ["add_get", "add_post", "add_put", "add_patch", "add_delete", "add_route", "add_view"],
          args: [1, "handler"],
        },
        { methods: ["get", "post", "put", "patch", "delete", "route", "view"], args: [1, "handler"] },
      ],
      note: "handler",
    },
    {
      modules: [],
      suffixes: [],
      requestTypes: ["aiohttp.web.Request", "aiohttp.web.BaseRequest", "aiohttp.web_request.Request"],
      note: "handler",
    },
  ],
  handlerClasses: [
    {
      bases: ["tornado.web.RequestHandler"],
      methods: ["get", "post", "put", "patch", "delete"],
      note: "URL parameter",
    },
    // aiohttp's class-based views: each method reads the request as `self.request`
    {
      bases: ["aiohttp.web.View", "aiohttp.web_urldispatcher.View"],
      methods: ["get", "post", "put", "patch", "delete", "head", "options"],
      note: "URL parameter",
    },
    {
      bases: [
        "http.server.BaseHTTPRequestHandler",
        "http.server.SimpleHTTPRequestHandler",
        "socketserver.BaseRequestHandler",
      ],
      // the request is read through `self` (`self.path`, `self.rfile`): the methods take no data
      methods: ["do_GET", "do_POST", "do_PUT", "do_PATCH", "do_DELETE", "do_HEAD", "handle"],
      selfAttrs: ["path", "headers", "rfile", "requestline", "request"],
      note: "HTTP request",
    },
  ],
  sanitizers: [
    { names: ["tornado.escape.xhtml_escape", "tornado.escape.url_escape"], clears: ["xss"] },
    // `request.app.router["order"].url_for(order_id=x)`: a path of this application
    { methods: ["url_for"], clears: ["redirect"] },
  ],
  responseCalls: ["aiohttp.web.Response", "aiohttp.web.json_response"],
  // aiohttp-session: `session = await get_session(request)`
  sessionObjects: ["aiohttp_session.get_session()", "aiohttp_session.new_session()"],
  plainResponseCalls: ["aiohttp.web.Response"],
  responseWriters: { attrs: ["text", "body"] },
  sinks: [
    {
      kind: "redirect",
      names: [
        "aiohttp.web.HTTPFound",
        "aiohttp.web.HTTPSeeOther",
        "aiohttp.web.HTTPMovedPermanently",
        "aiohttp.web.HTTPTemporaryRedirect",
        "aiohttp.web.HTTPPermanentRedirect",
      ],
      args: [0, "location"],
      note: "redirect",
    },
    { kind: "path", names: ["aiohttp.web.FileResponse"], args: [0, "path"], note: "file sent" },
    // Tornado handlers send what `self.write` and `self.finish` are given as HTML (a dict as JSON)
    {
      kind: "xss",
      methods: ["write", "finish"],
      methodModules: ["tornado"],
      receiverPattern: "^self$",
      args: [0, "chunk"],
      when: "html-body",
      note: "response body",
    },
    {
      kind: "redirect",
      methods: ["redirect"],
      methodModules: ["tornado"],
      receiverPattern: "^self$",
      args: [0, "url"],
      note: "redirect",
    },
  ],
};

/** Quart: Flask's API, asynchronous (`await request.get_json()`, `(await request.form)["x"]`). */
const quart: FrameworkPack = {
  name: "quart",
  modules: ["quart"],
  requestGlobals: ["quart.g"],
  sources: [
    {
      origin: "web",
      names: [
        ...FLASK_REQUEST_ATTRS.map((a) => `quart.request.${a}`),
        "quart.request.get_json",
        "quart.request.get_data",
        "quart.request.body",
        "quart.request.path",
        "quart.websocket.receive",
        "quart.websocket.receive_json",
      ],
      note: "request data",
    },
    {
      origin: "web",
      param: "request",
      objectAttrs: [...FLASK_REQUEST_ATTRS, "body"],
      objectMethods: ["get_json", "get_data"],
      note: "request data",
    },
  ],
  handlers: [
    {
      modules: ["quart."],
      suffixes: [".route", ".get", ".post", ".put", ".patch", ".delete", ".websocket"],
      registrations: [{ methods: ["add_url_rule"], args: [2, "view_func"] }],
      note: "route parameter",
    },
  ],
  handlerClasses: [
    {
      bases: ["quart.views.MethodView", "quart.views.View"],
      methods: METHOD_VIEW_METHODS,
      note: "URL parameter",
    },
  ],
  sinks: [
    ...templateTextSinks(["quart.render_template_string"]),
    { kind: "redirect", names: ["quart.redirect"], args: [0, "location"], note: "redirect" },
    {
      kind: "path",
      names: ["quart.send_file", "quart.helpers.send_file"],
      args: [0, "filename_or_io"],
      note: "file sent",
    },
    {
      kind: "path",
      names: ["quart.send_from_directory", "quart.helpers.send_from_directory"],
      args: [0, "directory"],
      note: "directory served",
    },
    {
      kind: "path",
      methods: ["save"],
      methodModules: ["quart"],
      args: [0, "destination"],
      note: "uploaded file saved",
    },
  ],
  sanitizers: [{ names: ["quart.url_for", "quart.helpers.url_for"], clears: "all" }],
  cleanCalls: ["quart.jsonify", "quart.render_template", "quart.url_for", "quart.abort"],
  returnsResponse: true,
  responseCalls: ["quart.make_response", "quart.Response", "quart.wrappers.Response"],
  responseWriters: { methods: ["set_data"], attrs: ["data"] },
  sessionObjects: ["quart.session"],
  ownUrls: {
    names: [
      "quart.request.url",
      "quart.request.base_url",
      "quart.request.host_url",
      "quart.request.url_root",
    ],
    objectAttrs: ["url", "base_url", "host_url", "url_root"],
  },
};

/** Sanic: handlers take the request first, then the URL's values. */
const sanic: FrameworkPack = {
  name: "sanic",
  modules: ["sanic"],
  sources: [
    {
      origin: "web",
      param: "request",
      objectAttrs: [
        "args",
        "query_args",
        "form",
        "json",
        "body",
        "files",
        "cookies",
        "headers",
        "query_string",
        "path",
        "url",
        "raw_url",
        "match_info",
      ],
      objectMethods: ["get_args", "get_query_args", "get_form"],
      note: "request data",
    },
  ],
  handlers: [
    {
      modules: ["sanic."],
      suffixes: [".route", ".get", ".post", ".put", ".patch", ".delete", ".websocket"],
      skipParams: ["request", "ws"],
      registrations: [{ methods: ["add_route"], args: [0, "handler"] }],
      note: "route parameter",
    },
    {
      modules: [],
      suffixes: [],
      requestTypes: ["sanic.Request", "sanic.request.Request"],
      note: "route parameter",
    },
  ],
  handlerClasses: [
    {
      bases: ["sanic.views.HTTPMethodView"],
      methods: ["get", "post", "put", "patch", "delete", "head"],
      note: "URL parameter",
    },
  ],
  sinks: [
    {
      kind: "redirect",
      names: ["sanic.response.redirect", "sanic.redirect"],
      args: [0, "to"],
      note: "redirect",
    },
    { kind: "xss", names: ["sanic.response.html", "sanic.html"], args: [0, "body"], note: "HTML response" },
    {
      kind: "path",
      names: ["sanic.response.file", "sanic.file", "sanic.response.file_stream", "sanic.file_stream"],
      args: [0, "location"],
      note: "file sent",
    },
  ],
  sanitizers: [
    // `request.app.url_for("order", order_id=x)`: a path of this application
    { methods: ["url_for"], clears: ["redirect"] },
  ],
  cleanCalls: ["sanic.response.json", "sanic.json", "sanic.response.empty", "sanic.empty"],
  ownUrls: { objectAttrs: ["url"] },
};

/** The REST extensions of Flask: Flask-RESTX, its predecessor Flask-RESTPlus, and Flask-RESTful. */
const FLASK_REST_LIBS = ["flask_restx", "flask_restplus", "flask_restful"];
const flaskRest: FrameworkPack = {
  name: "flask-rest",
  modules: FLASK_REST_LIBS,
  sources: [
    {
      origin: "web",
      // (instances are matched by their class: `api = Api(app)`; `api.payload`)
      names: FLASK_REST_LIBS.flatMap((lib) => [
        // the request's JSON body (`api.payload`, `ns.payload`)
        `${lib}.Api.payload`,
        `${lib}.Namespace.payload`,
        // the arguments a request parser read from the request (`parser.parse_args()["next"]`)
        `${lib}.reqparse.RequestParser.parse_args`,
      ]),
      note: "request data",
    },
  ],
  // `class Item(Resource): def get(self, item_id)`: URL parameters after `self`
  handlerClasses: [
    {
      bases: FLASK_REST_LIBS.map((lib) => `${lib}.Resource`),
      methods: METHOD_VIEW_METHODS,
      note: "URL parameter",
    },
  ],
};

/**
 * Django Ninja: operations are functions decorated by a `NinjaAPI` or `Router` (`@api.get("/x")`);
 * their first parameter is Django's request, the others are read from the request (path, query,
 * body schema).
 */
const ninja: FrameworkPack = {
  name: "django-ninja",
  modules: ["ninja"],
  sources: [DJANGO_REQUEST_SOURCE],
  handlers: [
    {
      modules: ["ninja."],
      suffixes: [".get", ".post", ".put", ".patch", ".delete", ".api_operation"],
      skipParams: ["request"],
      note: "operation parameter",
    },
  ],
};

/** Falcon: resources are plain classes whose responders are `on_get(self, req, resp, **url_values)`. */
const falcon: FrameworkPack = {
  name: "falcon",
  modules: ["falcon"],
  sources: [
    {
      origin: "web",
      param: "request",
      objectAttrs: [
        "params",
        "media",
        "headers",
        "cookies",
        "stream",
        "bounded_stream",
        "query_string",
        "path",
        "uri",
        "url",
        "relative_uri",
        "forwarded_uri",
      ],
      objectMethods: [
        "get_param",
        "get_param_as_list",
        "get_param_as_json",
        "get_header",
        "get_cookie_values",
        "get_media",
      ],
      note: "request data",
    },
  ],
  handlers: [
    {
      modules: [],
      suffixes: [],
      requestTypes: ["falcon.Request", "falcon.request.Request", "falcon.asgi.Request"],
      note: "responder",
    },
  ],
  handlerClasses: [
    {
      bases: [],
      anyClass: true,
      methods: [],
      methodPattern: "^on_(get|post|put|patch|delete|head|options)(_\\w+)?$",
      skipParams: ["self", "req", "resp", "request", "response"],
      note: "URL parameter",
    },
  ],
  sinks: [
    {
      kind: "redirect",
      names: [
        "falcon.HTTPFound",
        "falcon.HTTPSeeOther",
        "falcon.HTTPMovedPermanently",
        "falcon.HTTPTemporaryRedirect",
        "falcon.HTTPPermanentRedirect",
        "falcon.redirects.HTTPFound",
        "falcon.redirects.HTTPSeeOther",
        "falcon.redirects.HTTPMovedPermanently",
        "falcon.redirects.HTTPTemporaryRedirect",
        "falcon.redirects.HTTPPermanentRedirect",
      ],
      args: [0, "location"],
      note: "redirect",
    },
  ],
  ownUrls: { objectAttrs: ["url", "uri", "prefix"] },
  // responders write the body to `resp.text`; it is JSON unless they declare HTML
  responseParams: ["resp", "response"],
  responseWriters: { attrs: ["text", "body", "data"] },
};

/** Bottle: `request` is a module-level object; views return the page. */
const bottle: FrameworkPack = {
  name: "bottle",
  modules: ["bottle"],
  sources: [
    {
      origin: "web",
      names: [
        "bottle.request.query",
        "bottle.request.forms",
        "bottle.request.params",
        "bottle.request.json",
        "bottle.request.body",
        "bottle.request.files",
        "bottle.request.cookies",
        "bottle.request.headers",
        "bottle.request.GET",
        "bottle.request.POST",
        "bottle.request.get_cookie",
        "bottle.request.get_header",
        "bottle.request.query_string",
        "bottle.request.url",
        "bottle.request.path",
        "bottle.request.fullpath",
        "bottle.request.environ",
      ],
      note: "request data",
    },
  ],
  handlers: [
    {
      modules: ["bottle."],
      suffixes: [".route", ".get", ".post", ".put", ".patch", ".delete"],
      registrations: [{ methods: ["route"], args: ["callback"] }],
      note: "route parameter",
    },
  ],
  sinks: [
    { kind: "redirect", names: ["bottle.redirect"], args: [0, "url"], note: "redirect" },
    { kind: "path", names: ["bottle.static_file"], args: [0, "filename", "root"], note: "file sent" },
    // the first argument is a template's name or, when it looks like one, its source
    {
      kind: "ssti",
      names: ["bottle.template", "bottle.SimpleTemplate"],
      args: [0, "source", "tpl"],
      note: "template rendered from text",
    },
  ],
  sanitizers: [{ names: ["bottle.html_escape"], clears: ["xss"] }],
  returnsResponse: true,
  ownUrls: { names: ["bottle.request.url"] },
};

/** Litestar: handler parameters are query, path and body (`data`) values unless injected. */
const litestar: FrameworkPack = {
  name: "litestar",
  modules: ["litestar"],
  sources: [
    {
      origin: "web",
      param: "request",
      objectAttrs: ["query_params", "path_params", "headers", "cookies", "url"],
      objectMethods: ["json", "body", "form", "msgpack", "stream"],
      note: "request data",
    },
  ],
  handlers: [
    {
      modules: ["litestar."],
      suffixes: [".get", ".post", ".put", ".patch", ".delete", ".route", ".websocket"],
      skipParams: ["self", "request", "state", "scope", "socket"],
      dependencyKeyword: "dependencies",
      note: "handler parameter",
    },
    {
      modules: [],
      suffixes: [],
      requestTypes: ["litestar.Request", "litestar.connection.Request"],
      note: "handler parameter",
    },
  ],
  sinks: [
    {
      kind: "redirect",
      names: ["litestar.response.Redirect", "litestar.response.redirect.Redirect"],
      args: [0, "path"],
      note: "redirect",
    },
    {
      kind: "path",
      names: ["litestar.response.File", "litestar.response.file.File"],
      args: [0, "path"],
      note: "file sent",
    },
    // `request.set_session(state)` replaces the session's data
    {
      kind: "trust-boundary",
      methods: ["set_session"],
      methodModules: ["litestar"],
      args: [0, "value"],
      note: "the session",
    },
  ],
  sanitizers: [{ methods: ["url_for"], clears: ["redirect"] }],
  ownUrls: { objectAttrs: ["url", "base_url"] },
};

/** GraphQL servers: resolver arguments are the query's variables. */
const graphql: FrameworkPack = {
  name: "graphql",
  modules: ["graphene", "strawberry", "ariadne"],
  handlers: [
    {
      modules: ["strawberry."],
      suffixes: [".field", ".mutation", ".subscription"],
      skipParams: ["self", "root", "info", "cls"],
      note: "GraphQL argument",
    },
    {
      // ariadne: `@query.field("user")` on an ObjectType/QueryType/MutationType
      modules: ["ariadne."],
      suffixes: [".field"],
      skipParams: ["obj", "root", "parent", "info", "_"],
      note: "GraphQL argument",
    },
  ],
  handlerClasses: [
    {
      bases: ["graphene.ObjectType", "graphene.Mutation", "graphene.relay.ClientIDMutation"],
      methods: ["mutate", "mutate_and_get_payload"],
      methodPattern: "^resolve_\\w+$",
      skipParams: ["self", "root", "parent", "info", "cls", "_"],
      note: "GraphQL argument",
    },
  ],
};

/**
 * Celery: a task run with `.delay(...)` or `.apply_async(args=[...])` gets those arguments. Applies
 * everywhere: the view that queues a task imports the task, not Celery; only functions of the tree
 * are followed this way.
 */
const celery: FrameworkPack = {
  name: "celery",
  invokers: [
    { methods: ["delay"], fn: -1 },
    { methods: ["apply_async"], fn: -1, argsKeyword: "args" },
  ],
};

/** `subprocess` functions: a shell command with `shell=True`, a program to start without it. */
const SUBPROCESS_CALLS = [
  "subprocess.run",
  "subprocess.call",
  "subprocess.check_call",
  "subprocess.check_output",
  "subprocess.Popen",
] as const;

/** Calls of the HTTP clients that return a response object (`requests.get(url)`, `httpx.Client().post(url)`). */
const HTTP_RESPONSES = [
  ...["requests", "httpx"].flatMap((lib) =>
    ["get", "post", "put", "patch", "delete", "head", "options", "request"].flatMap((m) => [
      `${lib}.${m}()`,
      `${lib}.${lib === "requests" ? "Session" : "Client"}().${m}()`,
    ]),
  ),
  "urllib.request.urlopen()",
];

/**
 * Numbers a process or a response reports about itself (its exit status, the HTTP status): they
 * carry nothing of the data that went into the command or request.
 */
const NUMERIC_RESULTS = [
  ...SUBPROCESS_CALLS.filter((c) => c === "subprocess.run" || c === "subprocess.Popen").flatMap((c) => [
    `${c}().returncode`,
    `${c}().pid`,
  ]),
  ...HTTP_RESPONSES.flatMap((r) => [`${r}.status_code`, `${r}.status`, `${r}.elapsed`]),
];

/** The standard library and common libraries: sinks and sanitizers independent of the web framework. */
const library: FrameworkPack = {
  name: "stdlib",
  numericMethods: ["count", "index", "find", "rfind", "exists", "bit_length"],
  handlers: [
    // a WSGI application (`def application(environ, start_response)`, or a middleware's `__call__`):
    // the environ holds the request (query string, path, headers, body stream)
    {
      modules: [],
      suffixes: [],
      signature: ["environ", "start_response"],
      skipParams: ["start_response"],
      note: "WSGI environ",
    },
  ],
  urlComposers: [{ names: ["urllib.parse.urlunsplit", "urllib.parse.urlunparse"], host: 1 }],
  copies: [
    { names: ["copy.copy", "copy.deepcopy"] },
    { names: ["json.loads"], of: ["json.dumps"] },
    { names: ["pickle.loads"], of: ["pickle.dumps"] },
  ],
  sources: [
    {
      origin: "cli",
      names: ["input", "raw_input", "sys.argv", "sys.stdin", "fileinput.input"],
      note: "command-line input",
    },
    {
      origin: "trace",
      names: ["traceback.format_exc", "traceback.format_exception", "traceback.format_stack"],
      note: "stack trace",
    },
  ],
  sinks: [
    // SQL
    {
      kind: "sql",
      methods: ["execute", "executemany", "executescript", "exec_driver_sql"],
      args: [0, "sql", "operation", "statement"],
      // not a SQLAlchemy statement object (`select(User).where(User.name == name)`): it binds values
      when: "sql-text",
      valueFromStore: true,
      note: "SQL executed",
    },
    {
      // asyncpg (`fetchrow`, `fetchval`) and the `databases` package (`fetch_one`, `fetch_all`,
      // `fetch_val`): the query runs, and what comes back is the rows
      kind: "sql",
      methods: ["fetchrow", "fetchval", "fetch_one", "fetch_all", "fetch_val"],
      args: [0, "query"],
      when: "sql-text",
      valueFromStore: true,
      note: "SQL executed",
    },
    {
      // asyncpg's `fetch`, a name other clients use for HTTP requests
      kind: "sql",
      methods: ["fetch"],
      methodModules: ["asyncpg"],
      args: [0, "query"],
      when: "sql-text",
      valueFromStore: true,
      note: "SQL executed",
    },
    {
      // returns the statement with its parameters filled in
      kind: "sql",
      methods: ["mogrify"],
      args: [0, "sql", "operation", "statement"],
      note: "SQL executed",
    },
    {
      kind: "sql",
      names: [
        "sqlalchemy.text",
        "sqlalchemy.sql.text",
        "sqlalchemy.sql.expression.text",
        "sqlalchemy.literal_column",
        "sqlalchemy.sql.literal_column",
        "sqlalchemy.sql.expression.literal_column",
      ],
      args: [0, "text"],
      note: "SQL text",
    },
    { kind: "sql", names: ["pandas.read_sql", "pandas.read_sql_query"], args: [0, "sql"], note: "SQL query" },
    // commands
    {
      kind: "cmd",
      names: [
        "os.system",
        "os.popen",
        "os.popen2",
        "os.popen3",
        "os.popen4",
        "commands.getoutput",
        "commands.getstatusoutput",
        "subprocess.getoutput",
        "subprocess.getstatusoutput",
        "asyncio.create_subprocess_shell",
      ],
      args: [0, "command", "cmd"],
      note: "shell command",
    },
    {
      kind: "cmd",
      names: SUBPROCESS_CALLS,
      args: [0, "args"],
      when: "shell-true",
      note: "shell command",
    },
    {
      kind: "cmd",
      names: [
        ...SUBPROCESS_CALLS,
        "asyncio.create_subprocess_exec",
        "pty.spawn",
        "os.execv",
        "os.execve",
        "os.execvp",
        "os.execvpe",
        "os.execl",
        "os.execle",
        "os.execlp",
        "os.execlpe",
      ],
      args: [0, "args", "executable"],
      when: "program",
      note: "program started",
    },
    {
      kind: "cmd",
      names: [
        "os.spawnv",
        "os.spawnve",
        "os.spawnvp",
        "os.spawnvpe",
        "os.spawnl",
        "os.spawnle",
        "os.spawnlp",
        "os.spawnlpe",
      ],
      args: [1],
      note: "program started",
    },
    // code
    {
      kind: "code",
      names: ["eval", "exec", "builtins.eval", "builtins.exec"],
      args: [0, "source"],
      note: "code evaluated",
    },
    // `compile(src, name, "exec", flags=ast.PyCF_ONLY_AST)` only parses
    {
      kind: "code",
      names: ["compile", "builtins.compile"],
      args: [0, "source"],
      when: "compiles-code",
      note: "code compiled",
    },
    {
      kind: "code",
      names: ["__import__", "importlib.import_module"],
      args: [0, "name"],
      note: "module imported by name",
    },
    // paths
    {
      kind: "path",
      names: [
        "open",
        "io.open",
        "codecs.open",
        "os.open",
        "os.remove",
        "os.unlink",
        "os.rmdir",
        "os.removedirs",
        "os.rename",
        "os.renames",
        "os.replace",
        "os.makedirs",
        "os.mkdir",
        "os.listdir",
        "os.scandir",
        "os.chmod",
        "os.chown",
        "shutil.copy",
        "shutil.copy2",
        "shutil.copyfile",
        "shutil.copytree",
        "shutil.move",
        "shutil.rmtree",
        "tarfile.open",
        "zipfile.ZipFile",
        "os.startfile",
        // asynchronous file access: aiofiles, anyio and trio open and move files as `open` and `os` do
        "aiofiles.open",
        "aiofiles.os.remove",
        "aiofiles.os.unlink",
        "aiofiles.os.rename",
        "aiofiles.os.replace",
        "aiofiles.os.mkdir",
        "aiofiles.os.makedirs",
        "aiofiles.os.rmdir",
        "aiofiles.os.listdir",
        "aiofiles.os.scandir",
        "anyio.open_file",
        "trio.open_file",
      ],
      args: [0, 1, "file", "path", "src", "dst", "name"],
      note: "file opened",
    },
    {
      kind: "path",
      methods: [
        "read_text",
        "read_bytes",
        "write_text",
        "write_bytes",
        "unlink",
        "rmdir",
        "touch",
        "mkdir",
        "rename",
        "replace",
        "iterdir",
        "open",
      ],
      methodModules: ["pathlib"],
      args: ["<receiver>"],
      note: "file opened",
    },
    // SAX parsing after external general entities were switched on
    {
      kind: "xxe",
      names: [
        "xml.sax.make_parser().parse",
        "xml.sax.make_parser().feed",
        "xml.sax.parse",
        "xml.sax.parseString",
        "xml.dom.pulldom.parse",
        "xml.dom.pulldom.parseString",
      ],
      args: [0, "source", "string"],
      when: "sax-external-entities",
      note: "XML parsed with external entities",
    },
    {
      kind: "xxe",
      names: ["xml.dom.minidom.parse", "xml.dom.minidom.parseString"],
      args: [0, "file", "string"],
      when: "sax-parser-argument",
      note: "XML parsed with external entities",
    },
    // text marked as already-safe HTML
    {
      kind: "xss",
      names: ["markupsafe.Markup", "flask.Markup", "jinja2.Markup", "jinja2.utils.Markup"],
      args: [0, "base"],
      note: "text marked safe",
    },
    // templates
    {
      kind: "ssti",
      names: ["jinja2.Template", "jinja2.environment.Template", "mako.template.Template"],
      args: [0, "source", "text"],
      note: "template built from text",
    },
    {
      kind: "ssti",
      methods: ["from_string"],
      methodModules: ["jinja2"],
      // the sandbox exists to render templates users write
      exceptReceivers: [
        "jinja2.sandbox.SandboxedEnvironment",
        "jinja2.sandbox.ImmutableSandboxedEnvironment",
      ],
      args: [0, "source"],
      note: "template built from text",
    },
    // deserialization
    {
      kind: "deserialization",
      names: [
        "pickle.loads",
        "pickle.load",
        "cPickle.loads",
        "cPickle.load",
        "_pickle.loads",
        "dill.loads",
        "dill.load",
        "jsonpickle.decode",
        "marshal.loads",
        "marshal.load",
        "shelve.open",
        "yaml.unsafe_load",
        "yaml.unsafe_load_all",
        "torch.load",
        "pandas.read_pickle",
        "joblib.load",
      ],
      args: [0, "data", "s", "string", "file"],
      note: "data deserialized",
    },
    {
      // numpy unpickles object arrays only when asked to (`allow_pickle=True`)
      kind: "deserialization",
      names: ["numpy.load"],
      args: [0, "file"],
      when: "allow-pickle",
      note: "array file loaded with pickling allowed",
    },
    {
      kind: "deserialization",
      names: ["yaml.load", "yaml.load_all"],
      args: [0, "stream"],
      when: "unsafe-yaml-loader",
      note: "YAML loaded with an unsafe loader",
    },
    // XML
    {
      kind: "xxe",
      names: [
        "lxml.etree.fromstring",
        "lxml.etree.XML",
        "lxml.etree.parse",
        "lxml.etree.iterparse",
        "lxml.etree.fromstringlist",
      ],
      args: [0, "text", "source"],
      when: "lxml-entities",
      note: "XML parsed with external entities",
    },
    {
      kind: "xpath",
      methods: ["xpath"],
      methodModules: ["lxml"],
      args: [0, "_path", "path"],
      valueFromStore: true,
      note: "XPath expression",
    },
    {
      kind: "xpath",
      names: ["lxml.etree.XPath", "lxml.etree.ETXPath"],
      args: [0, "path"],
      note: "XPath expression",
    },
    // an evaluator bound to a document is called with the expression
    {
      kind: "xpath",
      names: [
        "lxml.etree.XPathEvaluator()",
        "lxml.etree.XPathDocumentEvaluator()",
        "lxml.etree.XPathElementEvaluator()",
      ],
      args: [0, "_path"],
      valueFromStore: true,
      note: "XPath expression",
    },
    {
      kind: "xpath",
      methods: ["find", "findall", "findtext", "iterfind"],
      methodModules: ["xml.etree", "lxml", "defusedxml"],
      args: [0, "path", "match"],
      valueFromStore: true,
      note: "XPath-like element path",
    },
    // LDAP
    {
      kind: "ldap",
      methods: ["search_s", "search_st", "search_ext", "search_ext_s"],
      methodModules: ["ldap"],
      args: [2, "filterstr"],
      valueFromStore: true,
      note: "LDAP search",
    },
    {
      kind: "ldap-dn",
      methods: ["search_s", "search_st", "search_ext", "search_ext_s"],
      methodModules: ["ldap"],
      args: [0, "base"],
      valueFromStore: true,
      note: "LDAP search base",
    },
    {
      kind: "ldap",
      methods: ["search", "paged_search"],
      methodModules: ["ldap3"],
      args: [1, "search_filter"],
      valueFromStore: true,
      note: "LDAP search",
    },
    {
      kind: "ldap-dn",
      methods: ["search", "paged_search"],
      methodModules: ["ldap3"],
      args: [0, "search_base"],
      valueFromStore: true,
      note: "LDAP search base",
    },
    // response headers written through their mapping's methods; `Location` is where the client goes
    {
      kind: "header",
      methods: ["add", "set", "setdefault", "add_header", "__setitem__", "extend"],
      receiverPattern: "(^|\\.)headers$",
      args: [1, "_value", "value"],
      when: "other-header",
      note: "response header",
    },
    {
      kind: "redirect",
      methods: ["add", "set", "setdefault", "add_header", "__setitem__"],
      receiverPattern: "(^|\\.)headers$",
      args: [1, "_value", "value"],
      when: "location-header",
      note: "the Location header",
    },
    // session data stored through the session's mapping methods
    {
      kind: "trust-boundary",
      methods: ["update", "setdefault", "__setitem__"],
      receiverPattern: "(^|\\.)session$",
      args: [0, 1, "default"],
      note: "the session",
    },
    {
      kind: "header",
      methods: ["set_header", "add_header"],
      methodModules: ["tornado"],
      args: [1, "value"],
      note: "response header",
    },
    // network
    {
      kind: "ssrf",
      names: [
        "requests.get",
        "requests.post",
        "requests.put",
        "requests.patch",
        "requests.delete",
        "requests.head",
        "requests.options",
        "httpx.get",
        "httpx.post",
        "httpx.put",
        "httpx.patch",
        "httpx.delete",
        "httpx.head",
        "httpx.stream",
        "urllib.request.urlopen",
        "urllib.request.Request",
        "urllib.request.urlretrieve",
        "urllib2.urlopen",
        "urllib.urlopen",
      ],
      args: [0, "url"],
      note: "outbound request",
    },
    {
      kind: "ssrf",
      names: ["requests.request", "httpx.request", "urllib3.request"],
      args: [1, "url"],
      note: "outbound request",
    },
    {
      kind: "ssrf",
      names: ["urllib3.connection_from_url", "urllib3.connectionpool.connection_from_url"],
      args: [0, "url"],
      note: "outbound request",
    },
    {
      kind: "ssrf",
      names: [
        "urllib3.HTTPConnectionPool",
        "urllib3.HTTPSConnectionPool",
        "urllib3.connectionpool.HTTPConnectionPool",
        "urllib3.connectionpool.HTTPSConnectionPool",
        "http.client.HTTPConnection",
        "http.client.HTTPSConnection",
      ],
      args: [0, "host"],
      note: "connection opened",
    },
    {
      kind: "ssrf",
      methods: ["get", "post", "put", "patch", "delete", "head"],
      methodModules: ["aiohttp", "requests", "httpx"],
      args: [0, "url"],
      note: "outbound request",
    },
    {
      kind: "ssrf",
      names: [
        "tornado.httpclient.AsyncHTTPClient().fetch",
        "tornado.httpclient.HTTPClient().fetch",
        "tornado.httpclient.HTTPRequest",
      ],
      args: [0, "request", "url"],
      note: "outbound request",
    },
    // `session.request("GET", url)`, `pool.request("GET", url)`: the method first, then the URL
    {
      kind: "ssrf",
      methods: ["request", "urlopen", "request_encode_url", "request_encode_body"],
      methodModules: ["aiohttp", "requests", "httpx", "urllib3"],
      args: [1, "url"],
      note: "outbound request",
    },
    // logging
    {
      kind: "log",
      names: [
        "logging.debug",
        "logging.info",
        "logging.warning",
        "logging.warn",
        "logging.error",
        "logging.critical",
        "logging.exception",
        "logging.log",
      ],
      args: [0, 1, 2, "msg"],
      percentArgs: true,
      note: "log entry",
    },
    {
      kind: "log",
      methods: ["debug", "info", "warning", "warn", "error", "critical", "exception"],
      methodModules: ["logging", "flask", "structlog", "loguru"],
      args: [0, 1, 2, "msg"],
      percentArgs: true,
      note: "log entry",
    },
    // regular expressions
    {
      kind: "redos",
      names: [
        "re.compile",
        "re.match",
        "re.search",
        "re.fullmatch",
        "re.findall",
        "re.finditer",
        "re.sub",
        "re.subn",
        "re.split",
        "regex.compile",
        "regex.match",
        "regex.search",
      ],
      args: [0, "pattern"],
      note: "regular expression",
    },
  ],
  sanitizers: [
    // a number, a UUID or a date cannot carry an injection, but it is still the value the request
    // chose: stored in the session it is a trust-boundary finding until a check bounds it
    {
      names: [
        "int",
        "float",
        "abs",
        "round",
        "complex",
        "decimal.Decimal",
        "uuid.UUID",
        "datetime.date.fromisoformat",
        "ipaddress.ip_address",
      ],
      clears: "all",
      keeps: ["trust-boundary"],
    },
    { names: ["bool", "len", "ord", "hash"], clears: "all" },
    { names: ["html.escape", "cgi.escape", "bleach.clean", "xml.sax.saxutils.escape"], clears: ["xss"] },
    // markupsafe is used without Flask too (Pyramid, aiohttp, plain jinja2)
    { names: ["markupsafe.escape", "markupsafe.escape_silent"], clears: ["xss"] },
    // `Markup("<b>{}</b>").format(x)` escapes what it formats in, wherever markupsafe is used
    {
      names: ["markupsafe.Markup().format", "markupsafe.Markup().join", "jinja2.Markup().format"],
      clears: ["xss"],
    },
    { names: ["shlex.quote", "pipes.quote", "shlex.join"], clears: ["cmd"] },
    { names: ["os.path.basename"], clears: ["path"] },
    { names: ["re.escape"], clears: ["redos", "xpath"] },
    {
      names: [
        "ldap3.utils.conv.escape_filter_chars",
        "ldap.filter.escape_filter_chars",
        "ldap.filter.filter_format",
      ],
      clears: ["ldap"],
    },
    // DN escaping leaves filter syntax (`*`, `(`, `)`) alone: it clears a DN, not a filter
    { names: ["ldap.dn.escape_dn_chars", "ldap3.utils.dn.escape_rdn"], clears: ["ldap-dn"] },
    {
      names: ["urllib.parse.quote", "urllib.parse.quote_plus", "urllib.parse.urlencode"],
      clears: ["header", "log", "xss", "cmd"],
    },
    { names: ["json.dumps"], clears: ["header", "log"] },
    // what the server signed and verifies (itsdangerous raises BadSignature otherwise) is its own
    // data: keeping it in the session crosses no trust boundary
    {
      names: [
        "itsdangerous.URLSafeTimedSerializer().loads",
        "itsdangerous.URLSafeSerializer().loads",
        "itsdangerous.TimedSerializer().loads",
        "itsdangerous.Serializer().loads",
        "itsdangerous.TimestampSigner().unsign",
        "itsdangerous.Signer().unsign",
      ],
      clears: ["trust-boundary"],
    },
    // a digest of request data is hexadecimal (or opaque bytes) the sender cannot shape
    {
      names: [
        "hashlib.new",
        "hashlib.md5",
        "hashlib.sha1",
        "hashlib.sha224",
        "hashlib.sha256",
        "hashlib.sha384",
        "hashlib.sha512",
        "hashlib.sha3_224",
        "hashlib.sha3_256",
        "hashlib.sha3_384",
        "hashlib.sha3_512",
        "hashlib.blake2b",
        "hashlib.blake2s",
        "hashlib.pbkdf2_hmac",
        "hashlib.scrypt",
        "hmac.new",
        "hmac.digest",
        "zlib.crc32",
        "zlib.adler32",
        "binascii.crc32",
      ],
      clears: "all",
    },
    { names: ["ast.literal_eval"], clears: ["code", "deserialization"] },
    // `eval(repr(s))` reads back the literal it was given
    { names: ["repr", "builtins.repr"], clears: ["code"] },
    // what the application serialised itself reads back as the same plain value
    {
      names: [
        "pickle.dumps",
        "marshal.dumps",
        "dill.dumps",
        "cloudpickle.dumps",
        "jsonpickle.encode",
        "yaml.dump",
        "yaml.safe_dump",
      ],
      clears: ["deserialization"],
    },
    // reported where the SQL text object is built; executing that object is not a second finding
    { names: ["sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text"], clears: ["sql"] },
    // the last path component cannot climb directories
    {
      names: [
        "pathlib.Path().name",
        "pathlib.PurePath().name",
        "pathlib.Path().stem",
        "pathlib.PurePath().stem",
      ],
      clears: ["path"],
    },
    { names: NUMERIC_RESULTS, clears: "all" },
  ],
  autoescapers: [
    {
      factories: [
        "jinja2.Environment",
        "jinja2.environment.Environment",
        "jinja2.Template",
        "jinja2.environment.Template",
        "jinja2.sandbox.SandboxedEnvironment",
      ],
      keyword: "autoescape",
      templateMethods: ["from_string", "get_template", "select_template", "get_or_select_template"],
      renderMethods: ["render", "render_async", "generate", "stream"],
      clears: ["xss"],
    },
  ],
  decoders: [
    {
      names: ["urllib.parse.unquote", "urllib.parse.unquote_plus", "urllib.parse.unquote_to_bytes"],
      restores: ["header", "log", "xss", "cmd"],
    },
    { names: ["html.unescape", "xml.sax.saxutils.unescape"], restores: ["xss"] },
  ],
  propagators: [
    // a code object comes from its source text; the file name and mode only label it
    { names: ["compile", "builtins.compile"], args: [0, "source"] },
  ],
  invokers: [
    // work handed to a thread: the function runs with the arguments after it
    { names: ["asyncio.to_thread"], fn: 0 },
    { methods: ["run_in_executor"], fn: 1 },
    { methods: ["submit"], fn: 0 },
    // FastAPI/Starlette background tasks run after the response, with the arguments given here
    { methods: ["add_task"], fn: 0 },
    // `map(check, names)`: each element goes through the function, the result is what it returns
    { names: ["map"], fn: 0 },
  ],
  cleanCalls: [
    // what a file holds is not the caller's data: a path from a request is reported where the file
    // is opened (path traversal); its contents are not tainted by the path
    "open",
    "builtins.open",
    "io.open",
    "codecs.open",
    "tokenize.open",
    "aiofiles.open",
    "anyio.open_file",
    "trio.open_file",
    "pathlib.Path().read_text",
    "pathlib.Path().read_bytes",
    "pathlib.Path().open",
    "isinstance",
    "callable",
    "hasattr",
    "id",
    "type",
    "print",
    "os.path.exists",
    "os.path.isfile",
    "os.path.isdir",
    "os.path.getsize",
    // the names a directory holds are the file system's, not the path's (`name in os.listdir(ROOT)`)
    "os.listdir",
    "os.getcwd",
    "time.time",
    "secrets.token_hex",
    "secrets.token_urlsafe",
    "uuid.uuid4",
    // exit statuses: the command is judged where it runs, the number it returns carries nothing
    "os.system",
    "subprocess.call",
    "subprocess.check_call",
  ],
};

/** Every pack the engine reads. */
export const FRAMEWORK_PACKS: readonly FrameworkPack[] = [
  flask,
  flaskRest,
  django,
  ninja,
  fastapi,
  pyramid,
  aiohttpTornado,
  quart,
  sanic,
  falcon,
  bottle,
  litestar,
  graphql,
  celery,
  library,
];

/** Web frameworks: importing one makes a file worth a taint pass (it can hold request data). */
export const SOURCE_MODULES = new Set([
  "flask",
  "werkzeug",
  ...FLASK_REST_LIBS,
  "django",
  "rest_framework",
  "ninja",
  "fastapi",
  "starlette",
  "pyramid",
  "aiohttp",
  "tornado",
  "bottle",
  "falcon",
  "sanic",
  "quart",
  "litestar",
  "graphene",
  "strawberry",
  "ariadne",
]);
