#include "checks/suggestions.h"

#include <algorithm>
#include <array>
#include <utility>

#include "model/names.h"

namespace oxt::checks {

namespace {

/// Levenshtein distance, case-insensitive.
std::size_t editDistance(std::string_view a, std::string_view b) {
  const auto foldedA = model::foldCase(a);
  const auto foldedB = model::foldCase(b);
  std::vector<std::size_t> previous(foldedB.size() + 1);
  std::vector<std::size_t> current(foldedB.size() + 1);
  for (std::size_t j = 0; j <= foldedB.size(); ++j) {
    previous[j] = j;
  }
  for (std::size_t i = 1; i <= foldedA.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= foldedB.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (foldedA[i - 1] == foldedB[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[foldedB.size()];
}

} // namespace

std::optional<std::string> closestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  for (const auto& candidate : candidates) {
    if (model::equalsIgnoringCase(word, candidate)) {
      return candidate;
    }
  }
  const std::size_t allowed = std::min<std::size_t>(3, std::max<std::size_t>(1, word.size() / 3));
  std::optional<std::string> best;
  std::size_t bestDistance = allowed + 1;
  for (const auto& candidate : candidates) {
    const auto distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

std::optional<std::string> suggestType(std::string_view name,
                                       const std::vector<std::string>& candidates) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kAliases{{
      {"string", "Text"},        {"varchar", "Text"},         {"nvarchar", "Text"},
      {"char", "Text"},          {"nchar", "Text"},           {"int", "Integer"},
      {"int32", "Integer"},      {"long", "LongInteger"},     {"int64", "LongInteger"},
      {"bigint", "LongInteger"}, {"bool", "Boolean"},         {"bit", "Boolean"},
      {"double", "Decimal"},     {"float", "Decimal"},        {"money", "Currency"},
      {"datetime2", "DateTime"}, {"timestamp", "DateTime"},   {"byte", "BinaryData"},
      {"blob", "BinaryData"},    {"varbinary", "BinaryData"}, {"phone", "PhoneNumber"},
      {"number", "Decimal"},
  }};
  const auto folded = model::foldCase(name);
  for (const auto& [alias, type] : kAliases) {
    if (folded == alias) {
      return std::string(type);
    }
  }
  return closestMatch(name, candidates);
}

} // namespace oxt::checks
