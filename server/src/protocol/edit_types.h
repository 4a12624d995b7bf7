// LSP's edits and the requests that answer with them: code actions and
// formatting. Types as the methods need them (clangd's Protocol.h style).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "protocol/basic_types.h"

namespace oxt::protocol {

struct TextEdit {
  Range range;
  std::string newText;
};

/// Edits by document, in `changes` (not `documentChanges`: Neovim 0.7.2 does not
/// advertise it; see shared/design/editor-clients.md).
struct WorkspaceEdit {
  std::map<DocumentUri, std::vector<TextEdit>> changes;
};

/// A diagnostic the client sends back in a code action's context: read loosely,
/// since only its code and line are used to recognise it (Neovim 0.7.2 sends byte
/// columns on lines with non-ASCII text); kept whole to echo it back.
struct ContextDiagnostic {
  Range range;
  std::optional<std::string> code; // a number code is kept as its text
  Json raw;
};

struct CodeActionContext {
  std::vector<ContextDiagnostic> diagnostics;
  std::optional<std::vector<std::string>> only;
};

struct CodeActionParams {
  TextDocumentIdentifier textDocument;
  Range range;
  CodeActionContext context;
};

struct Command {
  std::string title;
  std::string command;
  Json arguments = Json::array();
};

struct CodeAction {
  std::string title;
  std::string kind; // "quickfix", "refactor.extract", "refactor.rewrite"
  Json diagnostics = Json::array();
  bool isPreferred = false;
  std::optional<WorkspaceEdit> edit;
  std::optional<Command> command;
};

struct ExecuteCommandParams {
  std::string command;
  Json arguments = Json::array();
};

struct FormattingOptions {
  uint32_t tabSize = 4;
  bool insertSpaces = true;
};

struct DocumentFormattingParams {
  TextDocumentIdentifier textDocument;
  FormattingOptions options;
};

struct DocumentRangeFormattingParams {
  TextDocumentIdentifier textDocument;
  Range range;
  FormattingOptions options;
};

bool fromJson(const Json& value, ContextDiagnostic& out, const JsonPath& path);
bool fromJson(const Json& value, CodeActionContext& out, const JsonPath& path);
bool fromJson(const Json& value, CodeActionParams& out, const JsonPath& path);
bool fromJson(const Json& value, ExecuteCommandParams& out, const JsonPath& path);
bool fromJson(const Json& value, FormattingOptions& out, const JsonPath& path);
bool fromJson(const Json& value, DocumentFormattingParams& out, const JsonPath& path);
bool fromJson(const Json& value, DocumentRangeFormattingParams& out, const JsonPath& path);

[[nodiscard]] Json toJson(const TextEdit& value);
[[nodiscard]] Json toJson(const WorkspaceEdit& value);
[[nodiscard]] Json toJson(const Command& value);
[[nodiscard]] Json toJson(const CodeAction& value);

} // namespace oxt::protocol
