// LspServer: workspace folders, the index of `.oxt` files on disk (scanned on the
// worker with work done progress), watched files and settings.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <set>
#include <utility>

#include <spdlog/spdlog.h>

#include "lsp/lsp_server.h"
#include "lsp/settings_reader.h"
#include "workspace/folder_scan.h"

namespace oxt::lsp {

using protocol::Json;

void LspServer::workspaceChanged() {
  ++generation_;
  if (client_.pullDiagnostics) {
    if (client_.diagnosticRefresh) {
      outgoing_.request("workspace/diagnostic/refresh", nullptr, nullptr);
    }
    return;
  }
  scheduleAllDiagnostics();
}

void LspServer::registerFileWatchers() {
  if (!client_.watchedFilesRegistration) {
    return;
  }
  const Json watcher{{"globPattern", "**/*.oxt"}};
  const Json registration{{"id", "oxt-watched-files"},
                          {"method", "workspace/didChangeWatchedFiles"},
                          {"registerOptions", {{"watchers", Json::array({watcher})}}}};
  outgoing_.request(
      "client/registerCapability", Json{{"registrations", Json::array({registration})}},
      [](const protocol::Response& response) {
        if (response.error) {
          spdlog::warn("the client refused to watch .oxt files: {}", response.error->message);
        }
      });
}

void LspServer::onDidChangeWatchedFiles(const protocol::DidChangeWatchedFilesParams& params) {
  bool changed = false;
  for (const auto& event : params.changes) {
    const auto path = pathOf(event.uri);
    if (!workspace::isOxtFile(path)) {
      continue;
    }
    changed = true;
    if (event.type == protocol::FileChangeType::Deleted) {
      workspace_.fileDeletedOnDisk(path);
    } else if (!workspace_.fileChangedOnDisk(path)) {
      spdlog::warn("cannot read the watched file {}", event.uri);
    }
  }
  if (changed) {
    workspaceChanged();
  }
}

void LspServer::requestConfiguration() {
  if (!client_.configuration) {
    return;
  }
  protocol::ConfigurationParams params;
  params.items.push_back(protocol::ConfigurationItem{std::nullopt, "oxt"});
  outgoing_.request("workspace/configuration", toJson(params),
                    [this](const protocol::Response& response) {
                      if (response.error) {
                        spdlog::warn("workspace/configuration failed: {}", response.error->message);
                        return;
                      }
                      if (!response.result.is_array() || response.result.empty()) {
                        showLog(protocol::MessageType::Warning,
                                "oxt: workspace/configuration answered without a value");
                        return;
                      }
                      applySettings(response.result[0]);
                    });
}

void LspServer::onDidChangeConfiguration(const protocol::DidChangeConfigurationParams& params) {
  if (client_.configuration) {
    requestConfiguration(); // the pull model: the notification only says "changed"
    return;
  }
  applySettings(oxtSection(params.settings));
}

void LspServer::applySettings(const Json& section) {
  if (state_ == State::ShutDown || state_ == State::Exited) {
    return;
  }
  std::vector<std::string> problems;
  auto settings = readSettings(section, workspace_.settings(), problems);
  if (settings.documentationUrl.empty()) {
    settings.documentationUrl = options_.documentationUrl;
  }
  for (const auto& problem : problems) {
    showLog(protocol::MessageType::Warning, "oxt settings: " + problem);
  }
  if (settings == workspace_.settings()) {
    return;
  }
  const bool rescan = settings.maxIndexedFiles != workspace_.settings().maxIndexedFiles;
  workspace_.setSettings(std::move(settings));
  spdlog::info("settings changed");
  if (state_ != State::Running) {
    return; // from initializationOptions: nothing to redo yet
  }
  workspaceChanged();
  if (rescan) {
    for (const auto& folder : workspace_.folders()) {
      indexFolder(folder);
    }
  }
}

void LspServer::onDidChangeWorkspaceFolders(
    const protocol::DidChangeWorkspaceFoldersParams& params) {
  bool changed = false;
  for (const auto& folder : params.event.removed) {
    changed = workspace_.removeFolder(pathOf(folder.uri)) || changed;
  }
  for (const auto& folder : params.event.added) {
    const auto path = pathOf(folder.uri);
    if (workspace_.addFolder(path)) {
      indexFolder(path);
    }
  }
  if (changed) {
    workspaceChanged();
  }
}

void LspServer::onWorkDoneProgressCancel(const protocol::WorkDoneProgressCancelParams& params) {
  const auto token =
      params.token.is_string() ? params.token.get<std::string>() : params.token.dump();
  if (const auto it = progressCancels_.find(token); it != progressCancels_.end()) {
    it->second->store(true);
  }
}

void LspServer::indexFolder(const std::filesystem::path& folder) {
  if (!client_.workDoneProgress) {
    scanFolder(folder, std::nullopt);
    return;
  }
  // The token may be used only once the client has created it.
  auto token = "oxt-index-" + std::to_string(nextProgressToken_++);
  outgoing_.request("window/workDoneProgress/create", Json{{"token", token}},
                    [this, folder, token](const protocol::Response& response) {
                      scanFolder(folder,
                                 response.error ? std::nullopt : std::optional<std::string>(token));
                    });
}

void LspServer::scanFolder(const std::filesystem::path& folder, std::optional<std::string> token) {
  if (state_ != State::Running) {
    return;
  }
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  if (token) {
    progressCancels_[*token] = cancel;
    protocol::WorkDoneProgressBegin begin{"Indexing .oxt files", true, folder.filename().string(),
                                          0U};
    outgoing_.notify("$/progress", protocol::progressParams(*token, toJson(begin)));
  }
  // The files are read a moment later: an editor opens the files it shows right after
  // `initialized`, and the scan skips the files open when it starts (their text comes
  // from the editor). Starting at once would parse a large file the user just opened
  // twice, at the same time, doubling the memory of the start-up.
  constexpr std::chrono::milliseconds kScanDelay{300};
  scheduler_.debounce(token ? *token : "scan " + folder.string(), kScanDelay,
                      [this, folder, token, cancel] { startScan(folder, token, cancel); });
}

void LspServer::startScan(const std::filesystem::path& folder,
                          const std::optional<std::string>& token,
                          const std::shared_ptr<std::atomic<bool>>& cancel) {
  const auto openPaths = workspace_.openPaths();
  auto editorFiles = std::make_shared<workspace::EditorFiles>(
      std::set<std::filesystem::path>(openPaths.begin(), openPaths.end()));
  runningScans_.insert(editorFiles); // onDidOpen tells it of the files opened meanwhile
  const auto maxFiles = workspace_.settings().maxIndexedFiles;
  scheduler_.runInBackground([this, folder, token, cancel, maxFiles, editorFiles] {
    uint32_t lastReported = 0;
    auto progress = [&](uint32_t done, uint32_t total) {
      const auto percentage = total == 0 ? 100U : done * 100U / total;
      if (!token || percentage >= 100U || percentage < lastReported + 10U) {
        return; // about every 10%, and `end` says 100%
      }
      lastReported = percentage;
      const auto message = std::to_string(done) + "/" + std::to_string(total) + " files";
      scheduler_.post([this, token, message, percentage] {
        protocol::WorkDoneProgressReport report{message, percentage};
        outgoing_.notify("$/progress", protocol::progressParams(*token, toJson(report)));
      });
    };
    auto result = workspace::scanFolder(folder, maxFiles, *cancel, progress, *editorFiles);
    scheduler_.post([this, folder, token, editorFiles, result = std::move(result)]() mutable {
      runningScans_.erase(editorFiles);
      std::string summary;
      if (result.cancelled) {
        summary = "cancelled";
      } else {
        summary = std::to_string(result.files.size()) + " .oxt file(s)";
        if (result.truncated) {
          summary += " (more were not indexed: see oxt.workspace.maxFiles)";
        }
      }
      spdlog::info("indexing {}: {}", folder.string(), summary);
      if (token) {
        progressCancels_.erase(*token);
        if (state_ == State::Running || state_ == State::ShutDown) {
          protocol::WorkDoneProgressEnd end{summary};
          outgoing_.notify("$/progress", protocol::progressParams(*token, toJson(end)));
        }
      }
      if (result.cancelled || state_ != State::Running ||
          std::find(workspace_.folders().begin(), workspace_.folders().end(), folder) ==
              workspace_.folders().end()) {
        return;
      }
      workspace_.index().replaceFolder(folder, std::move(result.files));
      for (const auto& path : result.leftToEditor) {
        if (workspace_.document(path) == nullptr) {
          workspace_.fileChangedOnDisk(path); // closed while the scan ran: its disk copy counts
        }
      }
      workspaceChanged();
    });
  });
}

} // namespace oxt::lsp
