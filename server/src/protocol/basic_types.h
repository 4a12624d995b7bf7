// LSP's basic structures (positions, ranges, document identifiers, folders) and their
// JSON, with LSP's field spellings.
//
// Why only these: like clangd's Protocol.h, this is not a complete implementation of
// the specification; types are added when a method needs them.
#pragma once

#include <cstdint>
#include <string>

#include "protocol/json_reader.h"

namespace oxt::protocol {

using DocumentUri = std::string;

struct Position {
  uint32_t line = 0;
  uint32_t character = 0; // in the negotiated position encoding
  friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
  Position start;
  Position end;
  friend bool operator==(const Range&, const Range&) = default;
};

struct Location {
  DocumentUri uri;
  Range range;
};

struct TextDocumentIdentifier {
  DocumentUri uri;
};

struct VersionedTextDocumentIdentifier {
  DocumentUri uri;
  int32_t version = 0;
};

struct TextDocumentItem {
  DocumentUri uri;
  std::string languageId;
  int32_t version = 0;
  std::string text;
};

/// The params of every request about one place in a document (completion, hover,
/// definition, highlights, prepareRename).
struct TextDocumentPositionParams {
  TextDocumentIdentifier textDocument;
  Position position;
};

struct WorkspaceFolder {
  DocumentUri uri;
  std::string name;
};

bool fromJson(const Json& value, Position& out, const JsonPath& path);
bool fromJson(const Json& value, Range& out, const JsonPath& path);
bool fromJson(const Json& value, TextDocumentIdentifier& out, const JsonPath& path);
bool fromJson(const Json& value, VersionedTextDocumentIdentifier& out, const JsonPath& path);
bool fromJson(const Json& value, TextDocumentItem& out, const JsonPath& path);
bool fromJson(const Json& value, TextDocumentPositionParams& out, const JsonPath& path);
bool fromJson(const Json& value, WorkspaceFolder& out, const JsonPath& path);

[[nodiscard]] Json toJson(const Position& value);
[[nodiscard]] Json toJson(const Range& value);
[[nodiscard]] Json toJson(const Location& value);

} // namespace oxt::protocol
