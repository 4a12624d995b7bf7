// "Did you mean …?": the closest known word to a misspelt one.
//
// Why: unknown types, annotations and enumeration values all offer the same kind
// of suggestion, and should agree on what "close" means.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oxt::checks {

/// The candidate closest to `word` (same letters in another case first, then at
/// most a third of the letters changed, and at most 3), or nullopt.
[[nodiscard]] std::optional<std::string> closestMatch(std::string_view word,
                                                      const std::vector<std::string>& candidates);

/// The suggestion for an unknown type name, from the common names of other
/// languages and databases (`String`, `int`, `varchar`, `bool`) and then from
/// `candidates` (basic types, structures and entities).
[[nodiscard]] std::optional<std::string> suggestType(std::string_view name,
                                                     const std::vector<std::string>& candidates);

} // namespace oxt::checks
