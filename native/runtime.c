// tree-sitter's runtime, compiled from the copy the `tree-sitter` package vendors (a single-file
// build: lib.c includes the rest). binding.gyp puts that directory on the include path.
#include "lib.c"
