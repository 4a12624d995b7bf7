#include "protocol/edit_types.h"

namespace oxt::protocol {

bool fromJson(const Json& value, ContextDiagnostic& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  if (!object || !object.required("range", out.range)) {
    return false;
  }
  out.raw = value;
  const auto code = value.find("code");
  if (code != value.end() && code->is_string()) {
    out.code = code->get<std::string>();
  } else if (code != value.end() && code->is_number_integer()) {
    out.code = std::to_string(code->get<int64_t>());
  }
  return true;
}

bool fromJson(const Json& value, CodeActionContext& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("diagnostics", out.diagnostics) && object.optional("only", out.only);
}

bool fromJson(const Json& value, CodeActionParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument) && object.required("range", out.range) &&
         object.required("context", out.context);
}

bool fromJson(const Json& value, ExecuteCommandParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("command", out.command) && object.optional("arguments", out.arguments);
}

bool fromJson(const Json& value, FormattingOptions& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.optional("tabSize", out.tabSize) &&
         object.optional("insertSpaces", out.insertSpaces);
}

bool fromJson(const Json& value, DocumentFormattingParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument) &&
         object.optional("options", out.options);
}

bool fromJson(const Json& value, DocumentRangeFormattingParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument) && object.required("range", out.range) &&
         object.optional("options", out.options);
}

Json toJson(const TextEdit& value) {
  return Json{{"range", toJson(value.range)}, {"newText", value.newText}};
}

Json toJson(const WorkspaceEdit& value) {
  Json changes = Json::object();
  for (const auto& [uri, edits] : value.changes) {
    Json list = Json::array();
    for (const auto& edit : edits) {
      list.push_back(toJson(edit));
    }
    changes[uri] = std::move(list);
  }
  return Json{{"changes", std::move(changes)}};
}

Json toJson(const Command& value) {
  return Json{{"title", value.title}, {"command", value.command}, {"arguments", value.arguments}};
}

Json toJson(const CodeAction& value) {
  Json json{{"title", value.title}, {"kind", value.kind}};
  if (!value.diagnostics.empty()) {
    json["diagnostics"] = value.diagnostics;
  }
  if (value.isPreferred) {
    json["isPreferred"] = true;
  }
  if (value.edit) {
    json["edit"] = toJson(*value.edit);
  }
  if (value.command) {
    json["command"] = toJson(*value.command);
  }
  return json;
}

} // namespace oxt::protocol
