#include "protocol/workspace_types.h"

namespace oxt::protocol {

bool fromJson(const Json& value, FileEvent& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  int32_t type = 0;
  if (!object.required("uri", out.uri) || !object.required("type", type)) {
    return false;
  }
  if (type < 1 || type > 3) {
    return path.field("type").fail("expected 1 (created), 2 (changed) or 3 (deleted)");
  }
  out.type = static_cast<FileChangeType>(type);
  return true;
}

bool fromJson(const Json& value, DidChangeWatchedFilesParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("changes", out.changes);
}

bool fromJson(const Json& value, DidChangeConfigurationParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.optional("settings", out.settings);
}

bool fromJson(const Json& value, WorkspaceFoldersChangeEvent& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("added", out.added) && object.required("removed", out.removed);
}

bool fromJson(const Json& value, DidChangeWorkspaceFoldersParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("event", out.event);
}

Json toJson(const ConfigurationParams& value) {
  Json items = Json::array();
  for (const auto& item : value.items) {
    Json json = Json::object();
    if (item.scopeUri) {
      json["scopeUri"] = *item.scopeUri;
    }
    if (item.section) {
      json["section"] = *item.section;
    }
    items.push_back(std::move(json));
  }
  return Json{{"items", std::move(items)}};
}

} // namespace oxt::protocol
