#include "protocol/outline_types.h"

#include "protocol/json_text.h"
#include "protocol/jsonrpc.h"

#include <array>
#include <charconv>
#include <string_view>

namespace oxt::protocol {

namespace {

std::vector<int32_t> readKinds(const Json& capabilities, std::initializer_list<const char*> steps) {
  std::vector<int32_t> kinds;
  if (const auto* set = lookup(capabilities, steps); set != nullptr && set->is_array()) {
    for (const auto& kind : *set) {
      if (kind.is_number_integer()) {
        kinds.push_back(kind.get<int32_t>());
      }
    }
  }
  return kinds;
}

} // namespace

OutlineClientCapabilities readOutlineCapabilities(const Json& capabilities) {
  OutlineClientCapabilities out;
  out.hierarchicalDocumentSymbols = lookupBool(
      capabilities, {"textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport"});
  out.documentSymbolKinds =
      readKinds(capabilities, {"textDocument", "documentSymbol", "symbolKind", "valueSet"});
  out.workspaceSymbolKinds =
      readKinds(capabilities, {"workspace", "symbol", "symbolKind", "valueSet"});
  out.lineFoldingOnly =
      lookupBool(capabilities, {"textDocument", "foldingRange", "lineFoldingOnly"});
  if (const auto* limit = lookup(capabilities, {"textDocument", "foldingRange", "rangeLimit"});
      limit != nullptr && limit->is_number_unsigned()) {
    out.foldingRangeLimit = limit->get<uint32_t>();
  }
  return out;
}

void addOutlineCapabilities(Json& capabilities, const OutlineServerCapabilities& value) {
  if (value.documentSymbol) {
    capabilities["documentSymbolProvider"] = true;
  }
  if (value.workspaceSymbol) {
    capabilities["workspaceSymbolProvider"] = true;
  }
  if (value.foldingRange) {
    capabilities["foldingRangeProvider"] = true;
  }
  if (value.selectionRange) {
    capabilities["selectionRangeProvider"] = true;
  }
  if (value.semanticTokensFull || value.semanticTokensRange) {
    capabilities["semanticTokensProvider"] =
        Json{{"legend",
              Json{{"tokenTypes", value.tokenTypes}, {"tokenModifiers", value.tokenModifiers}}},
             {"full", value.semanticTokensFull},
             {"range", value.semanticTokensRange}};
  }
}

bool fromJson(const Json& value, DocumentSymbolParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument);
}

bool fromJson(const Json& value, WorkspaceSymbolParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("query", out.query);
}

bool fromJson(const Json& value, FoldingRangeParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument);
}

bool fromJson(const Json& value, SelectionRangeParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument) &&
         object.required("positions", out.positions);
}

bool fromJson(const Json& value, SemanticTokensParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument);
}

bool fromJson(const Json& value, SemanticTokensRangeParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument) && object.required("range", out.range);
}

Json toJson(const DocumentSymbol& value) {
  Json json{{"name", value.name}, {"kind", static_cast<int32_t>(value.kind)}};
  if (!value.detail.empty()) {
    json["detail"] = value.detail;
  }
  json["range"] = toJson(value.range);
  json["selectionRange"] = toJson(value.selectionRange);
  if (!value.children.empty()) {
    json["children"] = toJson(value.children);
  }
  return json;
}

Json toJson(const SymbolInformation& value) {
  Json json{{"name", value.name},
            {"kind", static_cast<int32_t>(value.kind)},
            {"location", toJson(value.location)}};
  if (!value.containerName.empty()) {
    json["containerName"] = value.containerName;
  }
  return json;
}

Json toJson(const FoldingRange& value) {
  Json json{{"startLine", value.startLine}, {"endLine", value.endLine}};
  if (value.startCharacter) {
    json["startCharacter"] = *value.startCharacter;
  }
  if (value.endCharacter) {
    json["endCharacter"] = *value.endCharacter;
  }
  if (value.kind) {
    json["kind"] = *value.kind;
  }
  return json;
}

Json toJson(const SelectionRangeChain& value) {
  Json json; // null for an empty chain
  for (auto it = value.ranges.rbegin(); it != value.ranges.rend(); ++it) {
    Json inner{{"range", toJson(*it)}};
    if (!json.is_null()) {
      inner["parent"] = std::move(json);
    }
    json = std::move(inner);
  }
  return json;
}

Json toJson(const SemanticTokens& value) { return Json{{"data", value.data}}; }

namespace {

using json_text::appendOptionalString;
using json_text::appendRange;
using json_text::appendString;

void appendSymbol(std::string& out, const SymbolInformation& symbol) {
  out += '{';
  appendOptionalString(out, "containerName", symbol.containerName);
  out += R"("kind":)";
  out += std::to_string(static_cast<int32_t>(symbol.kind));
  out += R"(,"location":{"range":)";
  appendRange(out, symbol.location.range);
  out += R"(,"uri":)";
  appendString(out, symbol.location.uri);
  out += R"(},"name":)";
  appendString(out, symbol.name);
  out += '}';
}

void appendSymbols(std::string& out, const std::vector<SymbolInformation>& symbols) {
  out += '[';
  for (std::size_t i = 0; i < symbols.size(); ++i) {
    if (i > 0) {
      out += ',';
    }
    appendSymbol(out, symbols[i]);
  }
  out += ']';
}

// The size of the text the symbols make, escapes aside, so that the text of a large
// list (megabytes) is written into one buffer instead of one that doubles, copying
// what it holds.
constexpr std::size_t kFlatSymbolPunctuation =
    std::string_view(R"({"containerName":"","kind":00,"location":{"range":,"uri":""},"name":""},)")
        .size();
constexpr std::size_t kRangePunctuation =
    std::string_view(R"({"end":{"character":,"line":},"start":{"character":,"line":}})").size();

std::size_t digitsOf(uint32_t number) {
  std::size_t digits = 1;
  for (; number >= 10; number /= 10) {
    ++digits;
  }
  return digits;
}

std::size_t rangeSize(const Range& range) {
  return kRangePunctuation + digitsOf(range.start.line) + digitsOf(range.start.character) +
         digitsOf(range.end.line) + digitsOf(range.end.character);
}

std::size_t estimatedSize(const SymbolInformation& symbol) {
  return kFlatSymbolPunctuation + rangeSize(symbol.location.range) + symbol.name.size() +
         symbol.containerName.size() + symbol.location.uri.size();
}

std::string symbolsText(const std::vector<SymbolInformation>& symbols) {
  std::size_t estimate = 2;
  for (const auto& symbol : symbols) {
    estimate += estimatedSize(symbol);
  }
  std::string out;
  out.reserve(estimate);
  appendSymbols(out, symbols);
  return out;
}

constexpr std::size_t kSymbolPunctuation =
    std::string_view(
        R"({"children":[],"detail":"","kind":00,"name":"","range":,"selectionRange":},)")
        .size();

std::size_t estimatedSize(const DocumentSymbol& symbol) {
  auto size = kSymbolPunctuation + rangeSize(symbol.range) + rangeSize(symbol.selectionRange) +
              symbol.name.size() + symbol.detail.size();
  for (const auto& child : symbol.children) {
    size += estimatedSize(child);
  }
  return size;
}

void write(DocumentSymbolsText& text, const std::vector<DocumentSymbol>& symbols) {
  for (const auto& symbol : symbols) {
    text.open(symbol, symbol.children.size());
    write(text, symbol.children);
    text.close();
  }
}

} // namespace

std::string toJsonText(const std::vector<SymbolInformation>& symbols) {
  return symbolsText(symbols);
}

std::string toJsonText(const std::vector<DocumentSymbol>& symbols) {
  std::size_t estimate = 2;
  for (const auto& symbol : symbols) {
    estimate += estimatedSize(symbol);
  }
  DocumentSymbolsText text(estimate);
  write(text, symbols);
  return text.take();
}

std::string toJsonText(const std::vector<FoldingRange>& ranges) {
  // A fold per member: 20,000 on a file of 20,000 actions, asked for after edits.
  constexpr std::size_t kBytesPerRange = 96; // {"endCharacter":5,"endLine":123456,…}
  std::string out = "[";
  out.reserve(2 + ranges.size() * kBytesPerRange);
  const auto number = [&out](std::string_view key, uint32_t value) {
    out += '"';
    out += key;
    out += R"(":)";
    out += std::to_string(value);
  };
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    const auto& range = ranges[i];
    out += i > 0 ? ",{" : "{";
    if (range.endCharacter) { // the keys in Json's order
      number("endCharacter", *range.endCharacter);
      out += ',';
    }
    number("endLine", range.endLine);
    if (range.kind) {
      out += R"(,"kind":)";
      appendString(out, *range.kind);
    }
    if (range.startCharacter) {
      out += ',';
      number("startCharacter", *range.startCharacter);
    }
    out += ',';
    number("startLine", range.startLine);
    out += '}';
  }
  out += ']';
  return out;
}

DocumentSymbolsText::DocumentSymbolsText(std::size_t reserveBytes) { out_.reserve(reserveBytes); }

void DocumentSymbolsText::open(const DocumentSymbolHead& head, std::size_t childCount) {
  if (out_.back() != '[') {
    out_ += ',';
  }
  out_ += '{';
  // The keys in Json's order: the children come first, the symbol's own fields after.
  if (depth_ == open_.size()) {
    open_.emplace_back();
  }
  auto& entry = open_[depth_++];
  entry.head.name.assign(head.name);
  entry.head.detail.assign(head.detail);
  entry.head.kind = head.kind;
  entry.head.range = head.range;
  entry.head.selectionRange = head.selectionRange;
  entry.hasChildren = childCount > 0;
  if (entry.hasChildren) {
    out_ += R"("children":[)";
  }
}

void DocumentSymbolsText::close() {
  const auto& entry = open_.at(--depth_);
  const auto& head = entry.head;
  if (entry.hasChildren) {
    out_ += "],";
  }
  appendOptionalString(out_, "detail", head.detail);
  out_ += R"("kind":)";
  out_ += std::to_string(static_cast<int32_t>(head.kind));
  out_ += R"(,"name":)";
  appendString(out_, head.name);
  out_ += R"(,"range":)";
  appendRange(out_, head.range);
  out_ += R"(,"selectionRange":)";
  appendRange(out_, head.selectionRange);
  out_ += '}';
}

std::string DocumentSymbolsText::take() {
  out_ += ']';
  return std::move(out_);
}

std::string toJsonText(const SemanticTokens& value) {
  std::string out = R"({"data":[)";
  out.reserve(out.size() + value.data.size() * 4);
  // A million numbers on a large file: each is written into a buffer on the stack, and
  // the buffer is appended when nearly full, so no append is made per number.
  constexpr std::size_t kNumberRoom = 11; // a comma and up to ten digits
  std::array<char, 4096> buffer{};
  char* at = buffer.data();
  char* const last = buffer.data() + buffer.size() - kNumberRoom;
  for (std::size_t i = 0; i < value.data.size(); ++i) {
    if (at > last) {
      out.append(buffer.data(), at);
      at = buffer.data();
    }
    if (i > 0) {
      *at++ = ',';
    }
    at = std::to_chars(at, at + kNumberRoom - 1, value.data[i]).ptr;
  }
  out.append(buffer.data(), at);
  out += "]}";
  return out;
}

} // namespace oxt::protocol
