#include "features/embedded_queries.h"

#include <optional>
#include <utility>
#include <variant>

namespace oxt::features {

namespace {

std::optional<syntax::SyntaxQuery> compileOrNone(std::string_view text) {
  auto compiled = syntax::SyntaxQuery::compile(text);
  if (auto* query = std::get_if<syntax::SyntaxQuery>(&compiled)) {
    return std::move(*query);
  }
  return std::nullopt;
}

const syntax::SyntaxQuery* pointerTo(const std::optional<syntax::SyntaxQuery>& query) {
  return query ? &*query : nullptr;
}

} // namespace

const syntax::SyntaxQuery* highlightsQuery() {
  static const auto query = compileOrNone(highlightsQueryText());
  return pointerTo(query);
}

const syntax::SyntaxQuery* foldsQuery() {
  static const auto query = compileOrNone(foldsQueryText());
  return pointerTo(query);
}

const syntax::SyntaxQuery* localsQuery() {
  static const auto query = compileOrNone(localsQueryText());
  return pointerTo(query);
}

} // namespace oxt::features
