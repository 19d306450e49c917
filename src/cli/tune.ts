import { setFlagsFromString } from "node:v8";

// A scan runs the same large, polymorphic analysis functions over many short files, in each worker
// thread. With V8's defaults the optimising compiler inlines deeply and compiles long loops on the
// stack, and it throws that code away and compiles it again many times over a run: compiling took
// more CPU than the optimised code saved. Without inlining and on-stack replacement a full scan of
// the Python standard library uses about 11% less CPU (`npm run bench`). The flags are read when a
// function is optimised, so setting them before any analysis runs is enough; they apply to the
// worker threads too. Imported first by the command-line entry point only: the library API leaves
// the embedding process's settings alone.
for (const flag of ["--no-turbo-inlining", "--no-use-osr"]) setFlagsFromString(flag);
