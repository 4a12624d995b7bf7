// The generated parser's entry point (grammar/src/parser.c).
#pragma once

#include <tree_sitter/api.h>

// The name is fixed by tree-sitter's generator.
extern "C" const TSLanguage* tree_sitter_oxt(void); // NOLINT(readability-identifier-naming)
// tree-sitter-c-sharp's (deps/tree-sitter-c-sharp).
extern "C" const TSLanguage* tree_sitter_c_sharp(void); // NOLINT(readability-identifier-naming)
