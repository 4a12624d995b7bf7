#include "codegen/project_update.h"

#include <ctime>

#include "codegen/csharp_text.h"
#include "codegen/generate_sources.h"
#include "codegen/project_files.h"
#include "support/atomic_write.h"
#include "support/file_io.h"
#include "support/path_guard.h"

namespace oxt::codegen {

namespace fs = std::filesystem;

namespace {

struct PlannedWrite {
  fs::path path;
  std::string bytes;
  FileOutcome outcome = FileOutcome::Created;
  std::optional<std::string> previous; // bytes to back up first
};

std::optional<std::string> readIfExists(const fs::path& path, std::optional<UpdateError>& error) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    return std::nullopt;
  }
  auto bytes = readFile(path);
  if (auto* failure = std::get_if<FileError>(&bytes)) {
    error = UpdateError{failure->message};
    return std::nullopt;
  }
  return std::get<std::string>(std::move(bytes));
}

/// A backup path in `backups` for `fileName` that does not exist yet.
fs::path freeBackupPath(const fs::path& backups, const std::string& fileName,
                        const std::string& timestamp) {
  auto path = backups / backupName(fileName, timestamp);
  for (int n = 1; fs::exists(path); ++n) {
    path = backups / backupName(fileName, timestamp + "_" + std::to_string(n));
  }
  return path;
}

} // namespace

std::string backupTimestamp(std::chrono::system_clock::time_point time) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
  std::tm local{};
  localtime_r(&seconds, &local);
  char text[32];
  const auto length = std::strftime(text, sizeof text, "%Y-%m-%d_%H-%M-%S", &local);
  return {text, length};
}

std::string backupName(const std::string& fileName, const std::string& timestamp) {
  const auto dot = fileName.rfind('.');
  if (dot == std::string::npos || dot == 0) {
    return fileName + "." + timestamp;
  }
  return fileName.substr(0, dot) + "." + timestamp + fileName.substr(dot);
}

std::variant<UpdateReport, UpdateError> updateProject(const fs::path& oxtFile,
                                                      const model::Extension& extension,
                                                      const UpdateOptions& options) {
  auto generated = generateSources(extension);
  if (auto* error = std::get_if<CodegenError>(&generated)) {
    return UpdateError{"cannot generate C# for " + oxtFile.string() + ": " + error->message};
  }
  if (!isSafeName(extension.name.text)) { // generateSources checked it; the paths depend on it
    return UpdateError{"the extension's name cannot be a folder name"};
  }
  const auto oxtFolder = oxtFile.has_parent_path() ? oxtFile.parent_path() : fs::path(".");
  const auto folder = oxtFolder / extension.name.text;
  // `<Ext>` may exist as a symbolic link: it must not lead out of the .oxt's folder.
  if (auto outside = checkInsideFolder(oxtFolder, folder)) {
    return UpdateError{outside->message};
  }
  const auto source = folder / "Source" / "NET";
  const auto templates = folder / "Templates" / "NET";
  const auto backups = folder / "Backups";
  const auto timestamp = options.timestamp.empty()
                             ? backupTimestamp(std::chrono::system_clock::now())
                             : options.timestamp;

  UpdateReport report;
  report.folder = folder;
  std::vector<PlannedWrite> plan;
  std::optional<UpdateError> readError;
  for (auto& [file, role] : std::get<std::vector<SourceFile>>(generated)) {
    const auto target = source / file.name;
    auto existing = readIfExists(target, readError);
    if (readError) {
      return *readError;
    }
    PlannedWrite write{target, file.bytes, FileOutcome::Created, std::nullopt};
    if (existing) {
      if (role == FileRole::Implementation) {
        auto merged = mergeImplementation(*existing, extension);
        if (auto* error = std::get_if<MergeError>(&merged)) {
          return UpdateError{"cannot update " + target.string() + ": " + error->message +
                             "; nothing was written (fix the file, or move it away to start from "
                             "a new stub)"};
        }
        auto& result = std::get<MergeResult>(merged);
        write.bytes = std::move(result.text);
        report.implementation = std::move(result.report);
        write.outcome = FileOutcome::Merged;
      } else {
        if (file.name.ends_with(".csproj")) {
          write.bytes = keepAddedReferences(*existing, std::move(write.bytes));
        }
        write.outcome = FileOutcome::Rewritten;
      }
      if (write.bytes == *existing) {
        write.outcome = FileOutcome::Unchanged;
      } else {
        write.previous = std::move(*existing);
      }
    }
    plan.push_back(std::move(write));
  }
  for (const auto& [file, role] : std::get<std::vector<SourceFile>>(generated)) {
    const auto target = templates / file.name;
    auto existing = readIfExists(target, readError);
    if (readError) {
      return *readError;
    }
    PlannedWrite write{target, file.bytes, FileOutcome::Created, std::nullopt};
    if (existing) {
      write.outcome = *existing == file.bytes ? FileOutcome::Unchanged : FileOutcome::Rewritten;
    }
    plan.push_back(std::move(write));
  }

  for (const auto& write : plan) {
    if (auto outside = checkInsideFolder(folder, write.path)) {
      return UpdateError{outside->message};
    }
  }
  // Temporary files a killed run left (support/atomic_write.h) are not outputs.
  for (const auto& written : {source, templates, backups}) {
    removeStaleTemporaries(written);
  }
  for (auto& write : plan) {
    FileChange change{write.path, write.outcome, std::nullopt};
    if (write.outcome != FileOutcome::Unchanged) {
      std::error_code ec;
      fs::create_directories(write.path.parent_path(), ec);
      if (ec) {
        return UpdateError{"cannot create '" + write.path.parent_path().string() +
                           "': " + ec.message()};
      }
      if (write.previous) {
        fs::create_directories(backups, ec);
        const auto backup = freeBackupPath(backups, write.path.filename().string(), timestamp);
        if (auto outside = checkInsideFolder(folder, backup)) {
          return UpdateError{outside->message};
        }
        if (auto failure = writeFileAtomically(backup, *write.previous)) {
          return UpdateError{failure->message};
        }
        change.backup = backup;
      }
      if (auto failure = writeFileAtomically(write.path, write.bytes)) {
        return UpdateError{failure->message};
      }
    }
    report.files.push_back(std::move(change));
  }
  return report;
}

} // namespace oxt::codegen
