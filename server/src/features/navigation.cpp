#include "features/navigation.h"

#include <algorithm>
#include <system_error>

namespace oxt::features {

namespace {

using model::SymbolKind;

bool contains(syntax::ByteRange range, uint32_t offset) {
  return offset >= range.start && offset <= range.end;
}

/// The decoded path of an `@icon("…")` whose argument is at `offset`.
std::optional<std::string> iconPathAt(const model::Analysis& analysis, uint32_t offset) {
  for (const auto& extension : analysis.document.extensions) {
    for (const auto& action : extension.actions) {
      for (const auto& annotation : action.annotations) {
        if (annotation.name.text == "icon" && !annotation.arguments.empty() &&
            contains(annotation.arguments.front().range, offset)) {
          return model::stringArgument(annotation);
        }
      }
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<uint32_t> symbolAt(const model::Analysis& analysis, uint32_t offset) {
  return analysis.index().symbolAt(offset);
}

Definition definitionAt(const model::Analysis& analysis, uint32_t offset,
                        const std::filesystem::path& folder) {
  Definition definition;
  if (const auto found = symbolAt(analysis, offset)) {
    const auto& symbol = analysis.index().symbols()[*found];
    if (symbol.kind == SymbolKind::Resource && contains(symbol.nameRange, offset)) {
      // The declaration of a resource is its path: its definition is the file.
      definition.file = resourceFile(folder, symbol.name);
    } else {
      definition.declaration = symbol.nameRange;
    }
    return definition;
  }
  if (const auto iconPath = iconPathAt(analysis, offset)) {
    // An icon that no resource declares (a warning of the checks) still names a file.
    definition.file = resourceFile(folder, *iconPath);
  }
  return definition;
}

std::vector<Occurrence> occurrencesOf(const model::Analysis& analysis, uint32_t symbol,
                                      bool includeDeclaration) {
  std::vector<Occurrence> occurrences;
  const auto& symbols = analysis.index().symbols();
  if (symbol >= symbols.size()) {
    return occurrences;
  }
  if (includeDeclaration && !symbols[symbol].name.empty()) {
    occurrences.push_back({symbols[symbol].nameRange, true});
  }
  for (const auto reference : analysis.index().referencesTo(symbol)) {
    occurrences.push_back({analysis.index().references()[reference].range, false});
  }
  std::sort(occurrences.begin(), occurrences.end(),
            [](const Occurrence& a, const Occurrence& b) { return a.range.start < b.range.start; });
  return occurrences;
}

std::vector<Occurrence> highlightsAt(const model::Analysis& analysis, uint32_t offset) {
  const auto symbol = symbolAt(analysis, offset);
  return symbol ? occurrencesOf(analysis, *symbol, true) : std::vector<Occurrence>{};
}

std::vector<ReferenceLens> referenceLenses(const model::Analysis& analysis) {
  std::vector<ReferenceLens> lenses;
  const auto& symbols = analysis.index().symbols();
  for (uint32_t i = 0; i < symbols.size(); ++i) {
    const auto& symbol = symbols[i];
    if ((symbol.kind != SymbolKind::Structure && symbol.kind != SymbolKind::Entity) ||
        symbol.name.empty()) {
      continue;
    }
    const auto count = analysis.index().referencesTo(i).size();
    lenses.push_back({symbol.nameRange, i, count,
                      std::to_string(count) + (count == 1 ? " reference" : " references")});
  }
  std::sort(lenses.begin(), lenses.end(), [](const ReferenceLens& a, const ReferenceLens& b) {
    return a.range.start < b.range.start;
  });
  return lenses;
}

std::vector<ResourceLink> resourceLinks(const model::Analysis& analysis,
                                        const std::filesystem::path& folder) {
  std::vector<ResourceLink> links;
  for (const auto& extension : analysis.document.extensions) {
    for (const auto& resource : extension.resources) {
      auto file = resourceFile(folder, resource.pathText);
      if (!file) {
        continue;
      }
      // The link covers the path, not its quotes (a string left open has no closing one).
      auto range = resource.path.range;
      const auto& text = resource.path.text;
      if (!text.empty() && text.front() == '"') {
        ++range.start;
      }
      if (text.size() >= 2 && text.back() == '"' && range.end > range.start) {
        --range.end;
      }
      links.push_back({range, std::move(*file)});
    }
  }
  return links;
}

std::optional<std::filesystem::path> resourceFile(const std::filesystem::path& folder,
                                                  std::string_view resourcePath) {
  std::string relative(resourcePath);
  std::replace(relative.begin(), relative.end(), '\\', '/');
  const bool absolute = (!relative.empty() && relative.front() == '/') ||
                        (relative.size() >= 2 && relative[1] == ':');
  if (relative.empty() || absolute) {
    return std::nullopt; // resource paths are relative to the .oxt file's folder
  }
  auto file = (folder / std::filesystem::path(relative)).lexically_normal();
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    return std::nullopt;
  }
  return file;
}

} // namespace oxt::features
