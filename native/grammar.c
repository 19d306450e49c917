// The Python grammar: the parser tables and external scanner that tree-sitter generated for the
// `tree-sitter-python` package, compiled into this addon (binding.gyp puts the package's `src`
// first on the include path, ahead of the runtime's own `parser.c`).
#include "parser.c"
#include "scanner.c"
