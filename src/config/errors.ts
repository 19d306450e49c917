/**
 * Errors raised for bad configuration or bad command-line flags. Both carry a one-line message
 * meant to be printed as is (the CLI maps them to exit code 2); neither should ever surface as a
 * stack trace.
 */

export interface ConfigErrorDetails {
  /** Absolute path of the offending file. */
  file: string;
  /** The file as shown in the message (relative to the repository root when inside it). */
  displayFile: string;
  /** What is wrong, without the file prefix. */
  problem: string;
  /** Dotted key path, e.g. `patchwarden.context[0].exposure`; absent for file-level problems. */
  key?: string;
  /** 1-based line, for TOML syntax errors. */
  line?: number;
}

/** A configuration file is missing, unreadable, not valid TOML, or holds a bad key or value. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  /** Absolute path of the offending file. */
  readonly file: string;
  /** Dotted key path of the offending setting, when there is one. */
  readonly key: string | undefined;
  /** 1-based line of a TOML syntax error. */
  readonly line: number | undefined;

  constructor(details: ConfigErrorDetails) {
    super(`${details.displayFile}: ${details.problem}`);
    this.file = details.file;
    this.key = details.key;
    this.line = details.line;
  }
}

/** A command-line flag has a value outside what it accepts. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The flag as typed on the command line, e.g. `--threshold`. */
  readonly flag: string;

  constructor(flag: string, message: string) {
    super(message);
    this.flag = flag;
  }
}
