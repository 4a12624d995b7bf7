// Helpers of the publish tests: scratch folders, a copy of an example, the
// stand-in of the OutSystems runtime compiled once, and snapshots of a target.
#pragma once

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

#include "publish/progress.h"
#include "publish/publish_config.h"
#include "publish/publish_extension.h"
#include "support/file_io.h"
#include "syntax/syntax_tree.h"

namespace oxt::publish::test {

namespace fs = std::filesystem;

/// A fresh folder under the system's temp folder, removed with the object.
class ScratchFolder {
public:
  ScratchFolder() {
    std::random_device random;
    path_ = fs::temp_directory_path() / ("oxt-publish-test-" + std::to_string(random()));
    fs::create_directories(path_);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ScratchFolder(ScratchFolder&&) = delete;
  ScratchFolder& operator=(ScratchFolder&&) = delete;
  ~ScratchFolder() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  [[nodiscard]] const fs::path& path() const { return path_; }

private:
  fs::path path_;
};

/// examples/<name> copied into `folder`; the path of its .oxt file.
inline fs::path copyExample(const std::string& name, const fs::path& folder) {
  const auto from = fs::path(OXT_SOURCE_DIR) / "examples" / name;
  fs::copy(from, folder / name, fs::copy_options::recursive);
  return folder / name / (name + ".oxt");
}

/// The stand-in of the OutSystems runtime API (tests/codegen/runtime_stand_in),
/// compiled with mcs into the build folder when its sources are newer (once for
/// all the test processes ctest starts: it is renamed into place).
inline const fs::path& standInAssembly() {
  static const fs::path assembly = [] {
    const auto sources = fs::path(OXT_SOURCE_DIR) / "tests" / "codegen" / "runtime_stand_in";
    const auto dll = fs::path(OXT_BINARY_DIR) / "OutSystems.RuntimeStandIn.dll";
    std::error_code ec;
    bool fresh = fs::exists(dll, ec);
    for (const auto& source : fs::directory_iterator(sources)) {
      fresh = fresh && fs::last_write_time(source.path()) <= fs::last_write_time(dll, ec);
    }
    if (!fresh) {
      const auto partial = dll.string() + "." + std::to_string(::getpid());
      const auto command = "mcs -nologo -target:library -out:'" + partial +
                           "' -r:System.Data.dll -r:System.Xml.dll '" + sources.string() +
                           "'/*.cs >/dev/null 2>&1";
      if (std::system(command.c_str()) == 0) { // NOLINT(cert-env33-c,concurrency-mt-unsafe)
        fs::rename(partial, dll, ec);
      }
    }
    return dll;
  }();
  return assembly;
}

/// A workspace config with one dir target at `<root>/platform`, compiled against the stand-in.
inline PublishConfig testConfig(const fs::path& root) {
  auto config = defaultConfig(root);
  config.targets.front().path = root / "platform";
  config.compile.references = {standInAssembly()};
  return config;
}

/// Every file under `folder` (relative path → bytes): what a target holds.
inline std::map<std::string, std::string> snapshot(const fs::path& folder) {
  std::map<std::string, std::string> files;
  std::error_code ec;
  if (!fs::exists(folder, ec)) {
    return files;
  }
  for (const auto& entry : fs::recursive_directory_iterator(folder, ec)) {
    const auto relative = entry.path().lexically_relative(folder).generic_string();
    if (entry.is_regular_file(ec)) {
      auto bytes = readFile(entry.path());
      files[relative] =
          std::holds_alternative<std::string>(bytes) ? std::get<std::string>(bytes) : "?";
    } else {
      files[relative + "/"] = "";
    }
  }
  return files;
}

/// Records every report; sets `cancel` when `cancelAt` starts (if given).
class RecordingProgress final : public ProgressSink {
public:
  explicit RecordingProgress(std::atomic<bool>* cancel = nullptr,
                             std::optional<Stage> cancelAt = std::nullopt)
      : cancel_(cancel), cancelAt_(cancelAt) {}

  void report(Stage stage, uint32_t percentage, const std::string& /*detail*/) override {
    if (stages.empty() || stages.back() != stage) {
      stages.push_back(stage);
    }
    percentages.push_back(percentage);
    if (cancel_ != nullptr && cancelAt_ == stage) {
      cancel_->store(true);
    }
  }

  std::vector<Stage> stages;
  std::vector<uint32_t> percentages;

private:
  std::atomic<bool>* cancel_;
  std::optional<Stage> cancelAt_;
};

inline PublishReport publishFile(const fs::path& oxtFile, const PublishConfig& config,
                                 ProgressSink& progress, const std::atomic<bool>& cancel,
                                 bool force = false, bool dryRun = false) {
  auto text = readFile(oxtFile);
  const syntax::SyntaxTree tree(std::get<std::string>(text));
  PublishRequest request{oxtFile, config, "", dryRun, force};
  return publishExtension(tree, request, progress, cancel);
}

inline PublishReport publishFile(const fs::path& oxtFile, const PublishConfig& config,
                                 bool force = false) {
  RecordingProgress progress;
  const std::atomic<bool> cancel{false};
  return publishFile(oxtFile, config, progress, cancel, force);
}

} // namespace oxt::publish::test
