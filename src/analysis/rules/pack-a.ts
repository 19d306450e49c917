import type { Rule } from "../rule.js";
import djangoExtra from "./django-extra/index.js";
import djangoRawsql from "./django-rawsql/index.js";
import execRule from "./exec/index.js";
import jinja2Autoescape from "./jinja2-autoescape/index.js";
import loggingListen from "./logging-listen/index.js";
import makoTemplate from "./mako-template/index.js";
import markSafe from "./mark-safe/index.js";
import osExec from "./os-exec/index.js";
import osShell from "./os-shell/index.js";
import paramikoExec from "./paramiko-exec/index.js";
import partialPath from "./partial-path/index.js";
import shellKwarg from "./shell-kwarg/index.js";
import shellWildcard from "./shell-wildcard/index.js";
import sqlString from "./sql-string/index.js";
import subprocessNoShell from "./subprocess-no-shell/index.js";

/** Rules of pack a; see index.ts for the full catalogue. */
export const PACK_A: Rule[] = [
  djangoExtra,
  djangoRawsql,
  execRule,
  jinja2Autoescape,
  loggingListen,
  makoTemplate,
  markSafe,
  osExec,
  osShell,
  paramikoExec,
  partialPath,
  shellKwarg,
  shellWildcard,
  sqlString,
  subprocessNoShell,
];
