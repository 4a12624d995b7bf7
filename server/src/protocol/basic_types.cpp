#include "protocol/basic_types.h"

namespace oxt::protocol {

bool fromJson(const Json& value, Position& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("line", out.line) && object.required("character", out.character);
}

bool fromJson(const Json& value, Range& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("start", out.start) && object.required("end", out.end);
}

bool fromJson(const Json& value, TextDocumentIdentifier& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("uri", out.uri);
}

bool fromJson(const Json& value, VersionedTextDocumentIdentifier& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("uri", out.uri) && object.required("version", out.version);
}

bool fromJson(const Json& value, TextDocumentItem& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("uri", out.uri) && object.required("languageId", out.languageId) &&
         object.required("version", out.version) && object.required("text", out.text);
}

bool fromJson(const Json& value, TextDocumentPositionParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument) &&
         object.required("position", out.position);
}

bool fromJson(const Json& value, WorkspaceFolder& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("uri", out.uri) && object.optional("name", out.name);
}

Json toJson(const Position& value) {
  return Json{{"line", value.line}, {"character", value.character}};
}

Json toJson(const Range& value) {
  return Json{{"start", toJson(value.start)}, {"end", toJson(value.end)}};
}

Json toJson(const Location& value) {
  return Json{{"uri", value.uri}, {"range", toJson(value.range)}};
}

} // namespace oxt::protocol
