// Fuzzy matching of a typed query against symbol names, for workspace symbol search.
//
// Why tiers: a user who types the whole name wants that symbol first, one who types
// its start wants names starting so, and one who types "CM" or "calcMort" wants
// CalculateMortgage before names that merely contain the letters in order. A match
// is case-insensitive, as OutSystems names are.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace oxt::features {

enum class MatchTier {
  Subsequence = 1, // the query's characters appear in order
  WordStart = 2,   // pieces of the query start words: "CM", "calcMort", "mortgage"
  Prefix = 3,      // the name starts with the query
  Exact = 4,       // the whole name, ignoring case
};

/// How `name` matches `query`, or nullopt when it does not. An empty query matches
/// every name as a prefix.
[[nodiscard]] std::optional<MatchTier> fuzzyMatch(std::string_view query, std::string_view name);

/// The indices of `names` that match `query`, best first (tier, then shorter names,
/// then names in alphabetical order, then the order given), at most `limit`.
[[nodiscard]] std::vector<std::size_t>
rankMatches(std::string_view query, const std::vector<std::string_view>& names, std::size_t limit);

} // namespace oxt::features
