// The one way oxt writes a file into a user's folders (generated C#, backups,
// formatted `.oxt` files, packages, published versions, index.json): atomically.
//
// Why: a crash, a kill or a full disk in the middle of `oxt generate` or a publish
// must leave every file either as it was or as it should become, never half
// written. The bytes go to a temporary file in the target's folder (same file
// system, so the rename is atomic), are flushed to disk (fsync), the temporary
// file is renamed over the target, and the folder is flushed so that the rename
// itself survives a power loss.
//
// Temporary files are named `.<name>.oxt-tmp-<pid>-XXXXXX`: hidden, recognisable,
// and owned by a process, so a later run removes the ones a killed process left
// (removeStaleTemporaries) without touching those of a process still writing.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "support/file_error.h"

namespace oxt {

/// A file being written beside `target`, which it replaces on commit(). Until
/// then the target is untouched; destroying it uncommitted removes the temporary.
class AtomicFile {
public:
  /// Opens a new temporary file in the folder of `target` (which must exist).
  [[nodiscard]] static std::variant<AtomicFile, FileError>
  create(const std::filesystem::path& target);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  /// Appends `bytes` to the temporary file.
  [[nodiscard]] std::optional<FileError> write(std::string_view bytes);

  /// Flushes the bytes, keeps the permissions of an existing target, renames the
  /// temporary file over the target and flushes the folder.
  [[nodiscard]] std::optional<FileError> commit();

  [[nodiscard]] const std::filesystem::path& temporaryPath() const { return temporary_; }

private:
  AtomicFile(std::filesystem::path target, std::filesystem::path temporary, int fd);
  void discard();

  std::filesystem::path target_;
  std::filesystem::path temporary_;
  int fd_ = -1;
  bool failed_ = false;
};

/// Replaces the contents of `path` with `bytes` (an AtomicFile written at once).
/// Returns why it failed, if it did; the original file is then untouched.
[[nodiscard]] std::optional<FileError> writeFileAtomically(const std::filesystem::path& path,
                                                           std::string_view bytes);

/// The commit step alone, for a file another library wrote (libzip's archive):
/// flushes `written` (a file in the target's folder, named by temporaryPathFor),
/// renames it over `target` and flushes the folder. On failure `written` is removed.
[[nodiscard]] std::optional<FileError> commitWrittenFile(const std::filesystem::path& written,
                                                         const std::filesystem::path& target);

/// A temporary name beside `target` for commitWrittenFile (not created).
[[nodiscard]] std::filesystem::path temporaryPathFor(const std::filesystem::path& target);

/// Flushes a folder's entries (after a rename or creation inside it).
[[nodiscard]] std::optional<FileError> syncFolder(const std::filesystem::path& folder);

/// True for the name of a temporary file of this helper (".x.cs.oxt-tmp-…").
[[nodiscard]] bool isTemporaryName(std::string_view fileName);

/// Removes the temporary files in `folder` (not below it) whose process has ended:
/// what a killed run left. Returns how many it removed.
int removeStaleTemporaries(const std::filesystem::path& folder);

/// A point where a write became durable (a temporary file flushed, a rename done).
/// Test hook: with OXT_TEST_KILL_AT_STEP=N in the environment, the process kills
/// itself (SIGKILL) at its N-th step, so that a test can stop a run at every
/// point between two writes (tests/cli/crash_test.sh). Does nothing otherwise.
void durableStep();

} // namespace oxt
