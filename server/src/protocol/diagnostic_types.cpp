#include "protocol/diagnostic_types.h"

namespace oxt::protocol {

bool fromJson(const Json& value, DocumentDiagnosticParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument) &&
         object.optional("identifier", out.identifier) &&
         object.optional("previousResultId", out.previousResultId);
}

Json toJson(const Diagnostic& value) {
  Json json{{"range", toJson(value.range)},
            {"severity", static_cast<int32_t>(value.severity)},
            {"code", value.code},
            {"source", value.source},
            {"message", value.message}};
  if (value.codeDescriptionHref) {
    json["codeDescription"] = Json{{"href", *value.codeDescriptionHref}};
  }
  if (!value.tags.empty()) {
    Json tags = Json::array();
    for (const auto tag : value.tags) {
      tags.push_back(static_cast<int32_t>(tag));
    }
    json["tags"] = std::move(tags);
  }
  if (!value.relatedInformation.empty()) {
    Json related = Json::array();
    for (const auto& info : value.relatedInformation) {
      related.push_back(Json{{"location", toJson(info.location)}, {"message", info.message}});
    }
    json["relatedInformation"] = std::move(related);
  }
  return json;
}

namespace {
Json toJson(const std::vector<Diagnostic>& diagnostics) {
  Json json = Json::array();
  for (const auto& diagnostic : diagnostics) {
    json.push_back(toJson(diagnostic));
  }
  return json;
}
} // namespace

Json toJson(const PublishDiagnosticsParams& value) {
  Json json{{"uri", value.uri}, {"diagnostics", toJson(value.diagnostics)}};
  if (value.version) {
    json["version"] = *value.version;
  }
  return json;
}

Json toJson(const DocumentDiagnosticReport& value) {
  if (value.unchanged) {
    return Json{{"kind", "unchanged"}, {"resultId", value.resultId}};
  }
  return Json{{"kind", "full"}, {"resultId", value.resultId}, {"items", toJson(value.items)}};
}

} // namespace oxt::protocol
