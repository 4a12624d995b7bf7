// `oxt check --format json`: the diagnostics of every checked file as one JSON
// array, for CI systems and scripts.
//
// Each element: {"file", "range": {"start": {"line", "column"}, "end": {…}},
// "code", "severity", "message", "related": [{"message", "range"}],
// "unnecessary"}. Lines and columns are 1-based and count Unicode characters,
// as in the text output, so that both name the same place.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "checks/diagnostic.h"
#include "syntax/syntax_tree.h"

namespace oxt::cli {

[[nodiscard]] nlohmann::ordered_json diagnosticToJson(const std::string& fileName,
                                                      const syntax::SyntaxTree& tree,
                                                      const checks::Diagnostic& diagnostic);

} // namespace oxt::cli
