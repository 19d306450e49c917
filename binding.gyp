{
  "variables": {
    "tree_sitter_lib": "<!(node -p \"require('path').join(require('path').dirname(require.resolve('tree-sitter/package.json')), 'vendor', 'tree-sitter', 'lib')\")",
    "python_src": "<!(node -p \"require('path').join(require('path').dirname(require.resolve('tree-sitter-python/package.json')), 'src')\")"
  },
  "targets": [
    {
      "target_name": "patchwarden_tree",
      "sources": ["native/tree.c", "native/runtime.c", "native/grammar.c"],
      "include_dirs": ["<(python_src)", "<(tree_sitter_lib)/include", "<(tree_sitter_lib)/src"],
      "defines": ["NAPI_VERSION=8", "_POSIX_C_SOURCE=200112L", "_DEFAULT_SOURCE"],
      "cflags": ["-std=c11", "-fvisibility=hidden"],
      "xcode_settings": {"GCC_SYMBOLS_PRIVATE_EXTERN": "YES", "OTHER_CFLAGS": ["-std=c11"]}
    }
  ]
}
