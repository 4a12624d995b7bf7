// An `http`/`https` target: an endpoint that accepts PUT (a generic repository of
// Artifactory or Nexus, nginx WebDAV). A version goes to `<url>/<Ext>/<version>/`:
// the package and its `.sha256` (Upload, read back and compared), then
// `manifest.json` (Publish: its presence is what "published" means), then
// `<url>/index.json` is read, extended and written back.
//
// Credentials come from the environment variable the target names, never from
// oxt.json, and never appear in a message or the log. Network errors and 5xx are
// retried with back-off. TLS certificates are verified (libcurl's default).
#pragma once

#include <atomic>
#include <string>
#include <variant>
#include <vector>

#include "publish/dir_target.h"
#include "publish/publish_config.h"

namespace oxt::publish {

struct HttpUploadJob {
  HttpSettings settings;
  std::string targetName;
  std::string extension;
  std::string version;
  std::filesystem::path package; // the local .oxtpkg
  std::string manifest;
  std::string sha256;
  std::string createdUtc;
  bool force = false;
};

/// What Upload put on the server, to publish or to remove.
struct HttpStaged {
  std::string folderUrl;             // `<url>/<Ext>/<version>`
  std::vector<std::string> uploaded; // URLs written by this publish
};

/// Upload: refuses a version already there (unless force), PUTs the package and
/// its .sha256, GETs the package back and compares SHA-256. On failure, what it
/// wrote is deleted.
[[nodiscard]] std::variant<HttpStaged, TargetError> uploadToHttp(const HttpUploadJob& job,
                                                                 const std::atomic<bool>& cancel,
                                                                 const CopyProgress& progress);

/// Publish: PUTs manifest.json, then the updated index.json. On failure, what
/// Upload wrote is deleted.
[[nodiscard]] std::variant<std::string, TargetError>
commitToHttp(const HttpUploadJob& job, const HttpStaged& staged, const std::atomic<bool>& cancel);

/// Deletes what Upload wrote (a cancel between stages).
void discardHttp(const HttpUploadJob& job, const HttpStaged& staged);

/// The versions `<url>/index.json` lists (of `extension` only when not empty).
[[nodiscard]] std::variant<std::vector<PublishedVersion>, TargetError>
listHttpVersions(const HttpSettings& settings, const std::string& extension);

} // namespace oxt::publish
