#include "features/document_outline.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <utility>

#include "model/shift_ranges.h"

namespace oxt::features {

namespace {

using model::SymbolKind;
using syntax::ByteRange;

constexpr std::string_view kMissingName = "(missing name)";
constexpr std::string_view kMissingPath = "(missing path)";

std::string_view slice(std::string_view text, ByteRange range) {
  if (range.start > range.end || range.end > text.size()) {
    return {};
  }
  return text.substr(range.start, range.end - range.start);
}

std::string nameOrPlaceholder(const model::Name& name) {
  return name.text.empty() ? std::string(kMissingName) : name.text;
}

// The members are read as read, each range moved by `moved`, the bytes the member moved
// since (model/shared_list.h): reading them where they are would copy every member a
// keystroke moved, which was most of the first outline after an edit.

/// `range` of a member read before it moved `moved` bytes.
ByteRange at(ByteRange range, int64_t moved) {
  model::shiftRange(range, moved);
  return range;
}

/// The name, or the keyword when the name is missing: selectionRange must be inside
/// the range and should point at something the user can see.
ByteRange selectionOf(const model::Name& name, ByteRange keyword, int64_t moved) {
  return at(name.text.empty() ? keyword : name.range, moved);
}

OutlineSymbol typedElement(const model::TypedElement& element, SymbolKind kind, std::string detail,
                           int64_t moved) {
  OutlineSymbol symbol;
  symbol.kind = kind;
  symbol.name = nameOrPlaceholder(element.name);
  symbol.detail = std::move(detail);
  symbol.range = at(element.range, moved);
  symbol.selectionRange = element.name.text.empty()
                              ? ByteRange{symbol.range.start, symbol.range.start}
                              : at(element.name.range, moved);
  return symbol;
}

OutlineSymbol attributeSymbol(const model::Attribute& attribute, std::string_view text,
                              int64_t moved) {
  return typedElement(attribute, SymbolKind::Attribute,
                      typeText(slice(text, at(attribute.type.range, moved))), moved);
}

template <typename Record>
OutlineSymbol recordSymbol(const Record& record, SymbolKind kind, std::string_view text,
                           int64_t moved) {
  OutlineSymbol symbol;
  symbol.kind = kind;
  symbol.name = nameOrPlaceholder(record.name);
  symbol.range = at(record.range, moved);
  symbol.selectionRange = selectionOf(record.name, record.keywordRange, moved);
  for (const auto& attribute : record.attributes) {
    symbol.children.push_back(attributeSymbol(attribute, text, moved));
  }
  return symbol;
}

OutlineSymbol actionSymbol(const model::Action& action, std::string_view text, int64_t moved) {
  OutlineSymbol symbol;
  symbol.kind = SymbolKind::Action;
  symbol.name = nameOrPlaceholder(action.name);
  symbol.detail = model::isFunction(action) ? "function" : "";
  symbol.range = at(action.range, moved);
  symbol.selectionRange = selectionOf(action.name, action.keywordRange, moved);
  for (const auto& parameter : action.parameters) {
    const auto type = typeText(slice(text, at(parameter.type.range, moved)));
    std::string detail = parameter.direction == model::Direction::Input ? "input" : "output";
    if (!type.empty()) {
      detail += " " + type;
    }
    symbol.children.push_back(
        typedElement(parameter, SymbolKind::Parameter, std::move(detail), moved));
  }
  return symbol;
}

OutlineSymbol resourceSymbol(const model::Resource& resource, std::string_view /*text*/,
                             int64_t moved) {
  OutlineSymbol symbol;
  symbol.kind = SymbolKind::Resource;
  symbol.name = resource.pathText.empty() ? std::string(kMissingPath) : resource.pathText;
  symbol.detail = std::string(model::deployActionName(model::deployActionOf(resource)));
  symbol.range = at(resource.range, moved);
  symbol.selectionRange = resource.path.range.end > resource.path.range.start
                              ? at(resource.path.range, moved)
                              : at(resource.keywordRange, moved);
  return symbol;
}

/// Appends the symbol of every member of `members`, read as read.
template <typename Member, typename Make>
void addSymbols(const model::SharedList<Member>& members, std::string_view text, Make&& make,
                std::vector<OutlineSymbol>& into) {
  for (std::size_t i = 0; i < members.size(); ++i) {
    into.push_back(make(members.asRead(i), text, members.movedSinceRead(i)));
  }
}

/// Members are listed in source order, as the file reads, whatever their kind.
void sortByStart(std::vector<OutlineSymbol>& symbols) {
  std::stable_sort(
      symbols.begin(), symbols.end(),
      [](const OutlineSymbol& a, const OutlineSymbol& b) { return a.range.start < b.range.start; });
}

/// LSP asks that a symbol's range contain its selection range and its children; the
/// model's ranges do, except for members that a stray `}` put outside the extension
/// they are attached to. Widening the parent keeps clients (VS Code) from rejecting
/// the whole answer.
void widenToContain(OutlineSymbol& symbol) {
  for (auto& child : symbol.children) {
    widenToContain(child);
    symbol.range.start = std::min(symbol.range.start, child.range.start);
    symbol.range.end = std::max(symbol.range.end, child.range.end);
  }
  symbol.range.start = std::min(symbol.range.start, symbol.selectionRange.start);
  symbol.range.end = std::max(symbol.range.end, symbol.selectionRange.end);
}

void flatten(const OutlineSymbol& symbol, const std::string& container,
             std::vector<Declaration>& out) {
  if (symbol.name != kMissingName && symbol.name != kMissingPath) {
    out.push_back(
        Declaration{symbol.kind, symbol.name, container, symbol.selectionRange, symbol.range});
  }
  for (const auto& child : symbol.children) {
    flatten(child, symbol.name, out);
  }
}

} // namespace

std::string typeText(std::string_view written) {
  std::string out;
  bool pendingSpace = false;
  for (const char c : written) {
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      pendingSpace = !out.empty();
      continue;
    }
    const bool closes = c == ',' || c == ')' || c == '>';
    const bool afterOpen = !out.empty() && (out.back() == '(' || out.back() == '<');
    if (pendingSpace && !closes && !afterOpen) {
      out += ' ';
    }
    pendingSpace = false;
    out += c;
    if (c == ',') {
      pendingSpace = true; // "Decimal(37,8)" reads "Decimal(37, 8)"
    }
  }
  return out;
}

std::vector<OutlineSymbol> documentOutline(const model::Document& document, std::string_view text) {
  std::vector<OutlineSymbol> roots;
  for (const auto& extension : document.extensions) {
    OutlineSymbol root;
    root.kind = SymbolKind::Extension;
    root.name = nameOrPlaceholder(extension.name);
    root.range = extension.range;
    root.selectionRange = selectionOf(extension.name, extension.keywordRange, 0);
    addSymbols(extension.actions, text, actionSymbol, root.children);
    addSymbols(
        extension.structures, text,
        [](const model::Structure& structure, std::string_view in, int64_t moved) {
          return recordSymbol(structure, SymbolKind::Structure, in, moved);
        },
        root.children);
    addSymbols(
        extension.entities, text,
        [](const model::Entity& entity, std::string_view in, int64_t moved) {
          return recordSymbol(entity, SymbolKind::Entity, in, moved);
        },
        root.children);
    addSymbols(extension.resources, text, resourceSymbol, root.children);
    sortByStart(root.children);
    if (!extension.declared) {
      // No `extension` line: the members stand at the top of the outline.
      for (auto& child : root.children) {
        widenToContain(child);
        roots.push_back(std::move(child));
      }
      continue;
    }
    widenToContain(root);
    roots.push_back(std::move(root));
  }
  sortByStart(roots);
  return roots;
}

std::vector<Declaration> declarationsOf(const model::Document& document, std::string_view text) {
  std::vector<Declaration> out;
  for (const auto& root : documentOutline(document, text)) {
    flatten(root, "", out);
  }
  return out;
}

} // namespace oxt::features
