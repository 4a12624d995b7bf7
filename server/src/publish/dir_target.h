// A `dir` target: a folder that holds published versions as
//   <root>/<Ext>/<version>/<Ext>-<version>.oxtpkg (+ .sha256) and manifest.json
//   <root>/index.json   every version of every extension (rewritten from the folders)
//
// Why stage and rename: a version is copied into `<root>/.staging-…` (Upload),
// read back and compared by SHA-256, and only then renamed to its place (Publish),
// so a crash or a cancel never leaves a half-written version; index.json is
// replaced atomically and rebuilt from the folders, so a crash between the two
// renames is repaired by the next publish.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace oxt::publish {

struct PublishedVersion {
  std::string extension;
  std::string version;
  std::string createdUtc; // from the manifest
  std::string sha256;     // of the package
};

struct TargetError {
  std::string message;
  bool cancelled = false;
  bool alreadyPublished = false; // the version is there (refused without --force)
};

/// What Upload left in the target: a staged copy, verified, not yet visible.
struct Staged {
  std::filesystem::path root;
  std::filesystem::path folder; // `<root>/.staging-…`
  bool createdRoot = false;     // the root did not exist before
};

struct UploadJob {
  std::filesystem::path root;
  std::filesystem::path package; // the local .oxtpkg
  std::string manifest;          // manifest.json's text
  std::string sha256;            // of the package
};

/// Called during the copy with the bytes copied so far and the total.
using CopyProgress = std::function<void(uint64_t done, uint64_t total)>;

[[nodiscard]] std::filesystem::path versionFolder(const std::filesystem::path& root,
                                                  const std::string& extension,
                                                  const std::string& version);

/// True when `<root>/<Ext>/<version>` exists.
[[nodiscard]] bool isPublished(const std::filesystem::path& root, const std::string& extension,
                               const std::string& version);

/// Upload: copies the package and its manifest into a staging folder of the target
/// and reads them back. On failure or cancel, the target is as it was.
[[nodiscard]] std::variant<Staged, TargetError>
stageInDir(const UploadJob& job, const std::atomic<bool>& cancel, const CopyProgress& progress);

/// Publish: moves the staged version to `<root>/<Ext>/<version>` (replacing one
/// there only when `force`) and rewrites index.json. On failure, the target is as
/// it was (the staged copy is removed).
[[nodiscard]] std::variant<std::filesystem::path, TargetError>
commitInDir(const Staged& staged, const std::string& extension, const std::string& version,
            bool force);

/// Removes a staged copy that will not be published (a cancel between stages).
void discardStaged(const Staged& staged);

/// The versions `index.json` lists, of `extension` only when it is not empty, in
/// version order. No index (nothing published yet): an empty list.
[[nodiscard]] std::variant<std::vector<PublishedVersion>, TargetError>
listVersions(const std::filesystem::path& root, const std::string& extension);

/// The versions an index.json's text lists (of `extension` only when not empty),
/// in version order; `where` names it in the error.
[[nodiscard]] std::variant<std::vector<PublishedVersion>, TargetError>
parseIndex(const std::string& text, const std::string& extension, const std::string& where);

/// Orders semantic versions: 1.2.0 < 1.10.0; 2.0.0-beta.1 < 2.0.0.
[[nodiscard]] bool versionLess(const std::string& left, const std::string& right);

} // namespace oxt::publish
