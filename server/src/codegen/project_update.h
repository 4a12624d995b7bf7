// Writing an extension's C# project beside its `.oxt` file: `<Ext>/Source/NET/`
// (generated files overwritten, `<Ext>.cs` merged), `<Ext>/Templates/NET/` (the
// pristine generated copies) and `<Ext>/Backups/` (a copy of each file before it
// is overwritten), as Integration Studio lays them out (domain.md §4.1, §4.8).
//
// Why plan, then write: every file is generated and merged in memory first, so a
// definition that cannot be generated or an `<Ext>.cs` that cannot be merged
// stops the update before anything on disk changes. Writes are atomic, one file
// at a time (support/atomic_write.h), and never leave the extension's folder,
// which itself must not lead out of the .oxt's folder (support/path_guard.h).
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "codegen/merge_implementation.h"
#include "model/extension_model.h"

namespace oxt::codegen {

enum class FileOutcome {
  Created,   // the file did not exist
  Rewritten, // a wholly generated file that changed
  Merged,    // `<Ext>.cs`, updated to the definition
  Unchanged, // same bytes already there: not written
};

struct FileChange {
  std::filesystem::path path; // absolute or as given with the .oxt path
  FileOutcome outcome = FileOutcome::Created;
  std::optional<std::filesystem::path> backup; // where the previous bytes were copied
};

struct UpdateReport {
  std::filesystem::path folder;  // `<dir of .oxt>/<Ext>`
  std::vector<FileChange> files; // Source/NET files, then Templates/NET files
  MergeReport implementation;    // what the merge of `<Ext>.cs` did
};

struct UpdateError {
  std::string message;
};

struct UpdateOptions {
  /// The backup suffix, "yyyy-MM-dd_HH-mm-ss" (backupTimestamp(now) by default).
  std::string timestamp;
};

/// Generates or updates the project of `extension`, defined in `oxtFile`.
[[nodiscard]] std::variant<UpdateReport, UpdateError>
updateProject(const std::filesystem::path& oxtFile, const model::Extension& extension,
              const UpdateOptions& options);

/// "2024-01-31_13-45-00" in local time: the time part of backup names.
[[nodiscard]] std::string backupTimestamp(std::chrono::system_clock::time_point time);

/// "Entities.2024-01-31_13-45-00.cs" for "Entities.cs".
[[nodiscard]] std::string backupName(const std::string& fileName, const std::string& timestamp);

} // namespace oxt::codegen
