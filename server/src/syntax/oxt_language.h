// The generated parser's entry point (grammar/src/parser.c).
#pragma once

#include <tree_sitter/api.h>

extern "C" const TSLanguage* tree_sitter_oxt(void);
