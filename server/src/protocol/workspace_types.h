// The params of workspace messages: watched files, configuration, folders.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "protocol/basic_types.h"

namespace oxt::protocol {

enum class FileChangeType : int32_t { Created = 1, Changed = 2, Deleted = 3 };

struct FileEvent {
  DocumentUri uri;
  FileChangeType type = FileChangeType::Changed;
};

struct DidChangeWatchedFilesParams {
  std::vector<FileEvent> changes;
};

struct DidChangeConfigurationParams {
  Json settings; // any, often null when the client expects a workspace/configuration pull
};

struct ConfigurationItem {
  std::optional<DocumentUri> scopeUri;
  std::optional<std::string> section;
};

struct ConfigurationParams {
  std::vector<ConfigurationItem> items;
};

struct WorkspaceFoldersChangeEvent {
  std::vector<WorkspaceFolder> added;
  std::vector<WorkspaceFolder> removed;
};

struct DidChangeWorkspaceFoldersParams {
  WorkspaceFoldersChangeEvent event;
};

bool fromJson(const Json& value, FileEvent& out, const JsonPath& path);
bool fromJson(const Json& value, DidChangeWatchedFilesParams& out, const JsonPath& path);
bool fromJson(const Json& value, DidChangeConfigurationParams& out, const JsonPath& path);
bool fromJson(const Json& value, WorkspaceFoldersChangeEvent& out, const JsonPath& path);
bool fromJson(const Json& value, DidChangeWorkspaceFoldersParams& out, const JsonPath& path);

[[nodiscard]] Json toJson(const ConfigurationParams& value);

} // namespace oxt::protocol
