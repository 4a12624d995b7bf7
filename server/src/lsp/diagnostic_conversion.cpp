#include "lsp/diagnostic_conversion.h"

#include <algorithm>
#include <cctype>

namespace oxt::lsp {

namespace {

protocol::Position toPosition(syntax::Position position) {
  return protocol::Position{position.line, position.character};
}

protocol::DiagnosticSeverity toSeverity(checks::Severity severity) {
  switch (severity) {
  case checks::Severity::Error:
    return protocol::DiagnosticSeverity::Error;
  case checks::Severity::Warning:
    return protocol::DiagnosticSeverity::Warning;
  case checks::Severity::Information:
    return protocol::DiagnosticSeverity::Information;
  case checks::Severity::Hint:
    return protocol::DiagnosticSeverity::Hint;
  }
  return protocol::DiagnosticSeverity::Error;
}

protocol::Range toRange(const syntax::LineIndex& lines, std::string_view text,
                        syntax::ByteRange range, syntax::PositionEncoding encoding) {
  return protocol::Range{toPosition(lines.positionAt(text, range.start, encoding)),
                         toPosition(lines.positionAt(text, range.end, encoding))};
}

} // namespace

std::string documentationLink(const std::string& url, const std::string& code) {
  std::string anchor = code;
  std::transform(anchor.begin(), anchor.end(), anchor.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return url + "#" + anchor;
}

protocol::Range toRange(const syntax::SyntaxTree& tree, syntax::ByteRange range,
                        syntax::PositionEncoding encoding) {
  return toRange(tree.lines(), tree.text(), range, encoding);
}

protocol::Diagnostic toProtocol(const checks::Diagnostic& diagnostic,
                                const syntax::SyntaxTree& tree, const std::string& uri,
                                const DiagnosticStyle& style) {
  return toProtocol(diagnostic, tree.lines(), tree.text(), uri, style);
}

protocol::Diagnostic toProtocol(const checks::Diagnostic& diagnostic,
                                const syntax::LineIndex& lines, std::string_view text,
                                const std::string& uri, const DiagnosticStyle& style) {
  protocol::Diagnostic out;
  out.range = toRange(lines, text, diagnostic.range, style.encoding);
  out.severity = toSeverity(diagnostic.severity);
  out.code = diagnostic.code;
  if (style.codeDescription && !style.documentationUrl.empty() && !diagnostic.code.empty()) {
    out.codeDescriptionHref = documentationLink(style.documentationUrl, diagnostic.code);
  }
  out.message = diagnostic.message;
  if (diagnostic.unnecessary && style.unnecessaryTag) {
    out.tags.push_back(protocol::DiagnosticTag::Unnecessary);
  }
  if (style.relatedInformation) {
    for (const auto& related : diagnostic.related) {
      out.relatedInformation.push_back(protocol::DiagnosticRelatedInformation{
          protocol::Location{uri, toRange(lines, text, related.range, style.encoding)},
          related.message});
    }
  }
  return out;
}

protocol::Diagnostic
toProtocol(const workspace::CrossFileDiagnostic& diagnostic, const syntax::SyntaxTree& tree,
           const std::string& uri, const DiagnosticStyle& style,
           const std::function<std::string(const std::filesystem::path&)>& uriOf) {
  auto out = toProtocol(diagnostic.diagnostic, tree, uri, style);
  if (style.relatedInformation) {
    for (const auto& elsewhere : diagnostic.elsewhere) {
      const auto name = workspace::namePosition(elsewhere.file, style.encoding);
      out.relatedInformation.push_back(protocol::DiagnosticRelatedInformation{
          protocol::Location{uriOf(elsewhere.file.path),
                             protocol::Range{toPosition(name.start), toPosition(name.end)}},
          elsewhere.message});
    }
  }
  return out;
}

} // namespace oxt::lsp
