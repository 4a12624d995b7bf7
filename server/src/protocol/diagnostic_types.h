// Diagnostics as LSP sends them: pushed (textDocument/publishDiagnostics) and
// pulled (textDocument/diagnostic).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "protocol/basic_types.h"

namespace oxt::protocol {

enum class DiagnosticSeverity : int32_t { Error = 1, Warning = 2, Information = 3, Hint = 4 };
enum class DiagnosticTag : int32_t { Unnecessary = 1, Deprecated = 2 };

struct DiagnosticRelatedInformation {
  Location location;
  std::string message;
};

struct Diagnostic {
  Range range;
  DiagnosticSeverity severity = DiagnosticSeverity::Error;
  std::string code;
  std::optional<std::string> codeDescriptionHref;
  std::string source = "oxt";
  std::string message;
  std::vector<DiagnosticTag> tags;
  std::vector<DiagnosticRelatedInformation> relatedInformation;
};

struct PublishDiagnosticsParams {
  DocumentUri uri;
  std::optional<int32_t> version;
  std::vector<Diagnostic> diagnostics;
};

struct DocumentDiagnosticParams {
  TextDocumentIdentifier textDocument;
  std::optional<std::string> identifier;
  std::optional<std::string> previousResultId;
};

/// A full report, or "unchanged" when the client's previousResultId is still right.
struct DocumentDiagnosticReport {
  bool unchanged = false;
  std::string resultId;
  std::vector<Diagnostic> items;
};

bool fromJson(const Json& value, DocumentDiagnosticParams& out, const JsonPath& path);

[[nodiscard]] Json toJson(const Diagnostic& value);
[[nodiscard]] Json toJson(const PublishDiagnosticsParams& value);
[[nodiscard]] Json toJson(const DocumentDiagnosticReport& value);

} // namespace oxt::protocol
