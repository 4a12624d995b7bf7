#include "cli/diagnostic_json.h"

namespace oxt::cli {

namespace {

nlohmann::ordered_json position(const syntax::SyntaxTree& tree, uint32_t offset) {
  const auto at = tree.positionAt(offset, syntax::PositionEncoding::Utf32);
  return {{"line", at.line + 1}, {"column", at.character + 1}};
}

nlohmann::ordered_json range(const syntax::SyntaxTree& tree, syntax::ByteRange byteRange) {
  return {{"start", position(tree, byteRange.start)}, {"end", position(tree, byteRange.end)}};
}

} // namespace

nlohmann::ordered_json diagnosticToJson(const std::string& fileName, const syntax::SyntaxTree& tree,
                                        const checks::Diagnostic& diagnostic) {
  auto related = nlohmann::ordered_json::array();
  for (const auto& information : diagnostic.related) {
    related.push_back(
        {{"message", information.message}, {"range", range(tree, information.range)}});
  }
  return {{"file", fileName},
          {"range", range(tree, diagnostic.range)},
          {"code", diagnostic.code},
          {"severity", checks::severityName(diagnostic.severity)},
          {"message", diagnostic.message},
          {"related", std::move(related)},
          {"unnecessary", diagnostic.unnecessary}};
}

} // namespace oxt::cli
