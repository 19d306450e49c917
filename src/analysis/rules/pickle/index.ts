import { defineRule } from "../../rule.js";

/** Deserializers built on pickle, with the library named in messages. */
const PICKLE_LOADERS: Record<string, string> = {
  "pickle.load": "pickle",
  "pickle.loads": "pickle",
  "pickle.Unpickler": "pickle",
  "pickle._load": "pickle",
  "pickle._loads": "pickle",
  "pickle._Unpickler": "pickle",
  "cPickle.load": "pickle",
  "cPickle.loads": "pickle",
  "cPickle.Unpickler": "pickle",
  "_pickle.load": "pickle",
  "_pickle.loads": "pickle",
  "_pickle.Unpickler": "pickle",
  "cloudpickle.load": "pickle",
  "cloudpickle.loads": "pickle",
  "dill.load": "dill",
  "dill.loads": "dill",
  "dill.Unpickler": "dill",
  "dill.load_session": "dill",
  "dill.load_module": "dill",
  "shelve.open": "shelve",
  "shelve.DbfilenameShelf": "shelve",
  "jsonpickle.decode": "jsonpickle",
  "jsonpickle.unpickler.decode": "jsonpickle",
  "jsonpickle.unpickler.Unpickler": "jsonpickle",
  "pandas.read_pickle": "pandas",
  "pandas.io.pickle.read_pickle": "pandas",
  "joblib.load": "joblib",
  "sklearn.externals.joblib.load": "joblib",
};

const WHY: Record<string, string> = {
  pickle: "unpickles its input, and a pickle stream can make the loader call any function while it loads",
  dill: "unpickles its input with dill, which can call any function named in the stream",
  shelve: "stores and reads values with pickle, so a shelf file from elsewhere can run code when read",
  jsonpickle: "rebuilds whatever Python objects the JSON names, which can call arbitrary functions",
  pandas: "unpickles the file, so a crafted file runs code when it is read",
  joblib: "unpickles the file, so a crafted model or cache file runs code when it is loaded",
};

export default defineRule(
  {
    id: "PW-PICKLE",
    title: "Data deserialized with pickle or a pickle-based loader",
    category: "deserialization",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-502",
    owasp: "A08:2021-Software and Data Integrity Failures",
    bandit: ["B301"],
    description:
      "`pickle` and the libraries built on it (`cPickle`, `dill`, `cloudpickle`, `shelve`, `jsonpickle`, " +
      "`pandas.read_pickle`, `joblib.load`) rebuild objects by calling the constructors and functions the " +
      "serialized data names. Loading data that an attacker can write or replace (uploads, caches, queues, " +
      "model files) therefore runs the attacker's code in the loading process.",
    remediation:
      "Exchange data in a format that only carries values (JSON, MessagePack, Protocol Buffers); if pickle is " +
      "unavoidable, load only files this program wrote and authenticate them (e.g. an HMAC) before loading.",
    example: {
      before: "profile = pickle.loads(request.body)",
      after: "profile = json.loads(request.body)",
    },
    references: [
      "https://docs.python.org/3/library/pickle.html",
      "https://cwe.mitre.org/data/definitions/502.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls(...Object.keys(PICKLE_LOADERS))) {
      const name = call.name as string;
      const family = PICKLE_LOADERS[name] ?? "pickle";
      ctx.report(call.node, { message: `${name} ${WHY[family]}` });
    }
  },
);
