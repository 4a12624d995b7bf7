// The params of text document synchronization: didOpen, didChange (incremental),
// didSave, didClose.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "protocol/basic_types.h"

namespace oxt::protocol {

struct DidOpenTextDocumentParams {
  TextDocumentItem textDocument;
};

/// A range change, or the whole text when `range` is absent.
struct TextDocumentContentChangeEvent {
  std::optional<Range> range;
  std::optional<uint32_t> rangeLength; // deprecated; read and ignored
  std::string text;
};

struct DidChangeTextDocumentParams {
  VersionedTextDocumentIdentifier textDocument;
  std::vector<TextDocumentContentChangeEvent> contentChanges;
};

struct DidSaveTextDocumentParams {
  TextDocumentIdentifier textDocument;
  std::optional<std::string> text;
};

struct DidCloseTextDocumentParams {
  TextDocumentIdentifier textDocument;
};

bool fromJson(const Json& value, DidOpenTextDocumentParams& out, const JsonPath& path);
bool fromJson(const Json& value, TextDocumentContentChangeEvent& out, const JsonPath& path);
bool fromJson(const Json& value, DidChangeTextDocumentParams& out, const JsonPath& path);
bool fromJson(const Json& value, DidSaveTextDocumentParams& out, const JsonPath& path);
bool fromJson(const Json& value, DidCloseTextDocumentParams& out, const JsonPath& path);

} // namespace oxt::protocol
