#include "protocol/document_types.h"

namespace oxt::protocol {

bool fromJson(const Json& value, DidOpenTextDocumentParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument);
}

bool fromJson(const Json& value, TextDocumentContentChangeEvent& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.optional("range", out.range) && object.optional("rangeLength", out.rangeLength) &&
         object.required("text", out.text);
}

bool fromJson(const Json& value, DidChangeTextDocumentParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument) &&
         object.required("contentChanges", out.contentChanges);
}

bool fromJson(const Json& value, DidSaveTextDocumentParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument) && object.optional("text", out.text);
}

bool fromJson(const Json& value, DidCloseTextDocumentParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument);
}

} // namespace oxt::protocol
