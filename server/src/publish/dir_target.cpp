#include "publish/dir_target.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "publish/package.h"
#include "publish/sha256.h"
#include "support/atomic_write.h"
#include "support/file_io.h"
#include "support/path_guard.h"

namespace oxt::publish {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

constexpr const char* kIndexFile = "index.json";
constexpr const char* kStagingPrefix = ".staging-";
constexpr const char* kReplacedPrefix = ".replaced-";

std::string why(const std::error_code& ec) { return ec.message(); }

/// Copies `from` to `to` in chunks, checking `cancel` between them; `to` appears
/// complete or not at all (support/atomic_write.h).
std::optional<TargetError> copyFile(const fs::path& from, const fs::path& to,
                                    const std::atomic<bool>& cancel, const CopyProgress& progress) {
  std::ifstream in(from, std::ios::binary);
  if (!in) {
    return TargetError{"cannot read '" + from.string() + "'"};
  }
  auto created = AtomicFile::create(to);
  if (auto* error = std::get_if<FileError>(&created)) {
    return TargetError{error->message};
  }
  auto& out = std::get<AtomicFile>(created);
  std::error_code ec;
  const auto total = fs::file_size(from, ec);
  uint64_t done = 0;
  std::array<char, 1U << 16U> buffer{};
  while (in) {
    if (cancel.load()) {
      return TargetError{"cancelled while uploading", true};
    }
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = in.gcount();
    if (got <= 0) {
      break;
    }
    if (auto error = out.write(std::string_view(buffer.data(), static_cast<std::size_t>(got)))) {
      return TargetError{error->message + " (disk full?)"};
    }
    done += static_cast<uint64_t>(got);
    if (progress) {
      progress(done, total);
    }
  }
  if (in.bad()) {
    return TargetError{"cannot copy '" + from.string() + "' to '" + to.string() + "'"};
  }
  if (auto error = out.commit()) {
    return TargetError{error->message};
  }
  return std::nullopt;
}

bool processAlive(const std::string& pidText) {
  const auto pid = static_cast<pid_t>(std::strtol(pidText.c_str(), nullptr, 10));
  return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

/// What killed publishes left in `root`: a staging folder is removed; a version
/// moved aside to be replaced (`.replaced-<Ext>-<version>-<pid>`, where the system
/// cannot exchange two folders) goes back to its place if nothing took it, so the
/// target shows the old version or the new one. Folders of running publishes stay.
void repairAfterKilledPublishes(const fs::path& root) {
  removeStaleTemporaries(root); // e.g. of index.json
  std::error_code ec;
  std::vector<fs::path> leftovers;
  for (const auto& entry : fs::directory_iterator(root, ec)) {
    const auto name = entry.path().filename().string();
    const auto dash = name.rfind('-');
    if ((name.starts_with(kStagingPrefix) || name.starts_with(kReplacedPrefix)) &&
        dash != std::string::npos && !processAlive(name.substr(dash + 1))) {
      leftovers.push_back(entry.path());
    }
  }
  for (const auto& leftover : leftovers) {
    const auto name = leftover.filename().string();
    if (name.starts_with(kReplacedPrefix)) {
      // `<Ext>` has no '-' (a C# identifier); the version runs to the pid.
      const auto rest = name.substr(std::string_view(kReplacedPrefix).size());
      const auto firstDash = rest.find('-');
      const auto lastDash = rest.rfind('-');
      if (firstDash != std::string::npos && lastDash > firstDash) {
        const auto destination = versionFolder(
            root, rest.substr(0, firstDash), rest.substr(firstDash + 1, lastDash - firstDash - 1));
        if (!fs::exists(destination, ec)) {
          fs::rename(leftover, destination, ec);
          continue;
        }
      }
    }
    fs::remove_all(leftover, ec);
  }
}

/// Swaps two folders in one step (Linux renameat2 RENAME_EXCHANGE); false where the
/// file system cannot, and the caller moves them one after the other.
bool exchangeFolders(const fs::path& a, const fs::path& b) {
  return ::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0;
}

/// Every `<root>/<Ext>/<version>/` with a manifest, read from the folders.
std::vector<PublishedVersion> scanVersions(const fs::path& root) {
  std::vector<PublishedVersion> versions;
  std::error_code ec;
  for (const auto& extension : fs::directory_iterator(root, ec)) {
    const auto name = extension.path().filename().string();
    if (!extension.is_directory(ec) || name.starts_with(".")) {
      continue;
    }
    for (const auto& version : fs::directory_iterator(extension.path(), ec)) {
      auto manifest = readFile(version.path() / "manifest.json");
      if (!std::holds_alternative<std::string>(manifest)) {
        continue;
      }
      const auto json = Json::parse(std::get<std::string>(manifest), nullptr, false);
      PublishedVersion published;
      published.extension = name;
      published.version = version.path().filename().string();
      if (json.is_object()) {
        published.createdUtc = json.value("createdUtc", std::string());
      }
      auto sha = readFile(version.path() / (packageFileName(name, published.version) + ".sha256"));
      if (const auto* text = std::get_if<std::string>(&sha)) {
        published.sha256 = text->substr(0, text->find_first_of(" \n"));
      }
      versions.push_back(std::move(published));
    }
  }
  std::sort(versions.begin(), versions.end(), [](const auto& a, const auto& b) {
    return a.extension != b.extension ? a.extension < b.extension
                                      : versionLess(a.version, b.version);
  });
  return versions;
}

std::optional<TargetError> writeIndex(const fs::path& root) {
  Json extensions = Json::object();
  for (const auto& version : scanVersions(root)) {
    extensions[version.extension].push_back({{"version", version.version},
                                             {"createdUtc", version.createdUtc},
                                             {"sha256", version.sha256}});
  }
  const Json index = {{"format", 1}, {"extensions", extensions}};
  if (auto error = writeFileAtomically(root / kIndexFile, index.dump(2) + "\n")) {
    return TargetError{error->message};
  }
  return std::nullopt;
}

/// The numeric parts of "1.10.0-beta.1" and its pre-release ("beta.1").
std::pair<std::vector<long>, std::string> versionParts(const std::string& version) {
  const auto dash = version.find('-');
  const auto core = version.substr(0, dash);
  std::vector<long> numbers;
  std::size_t start = 0;
  while (start <= core.size()) {
    const auto dot = core.find('.', start);
    const auto part = core.substr(start, dot == std::string::npos ? dot : dot - start);
    numbers.push_back(std::strtol(part.c_str(), nullptr, 10));
    if (dot == std::string::npos) {
      break;
    }
    start = dot + 1;
  }
  return {numbers, dash == std::string::npos ? "" : version.substr(dash + 1)};
}

} // namespace

bool versionLess(const std::string& left, const std::string& right) {
  const auto [a, aPre] = versionParts(left);
  const auto [b, bPre] = versionParts(right);
  if (a != b) {
    return a < b;
  }
  if (aPre.empty() != bPre.empty()) {
    return !aPre.empty(); // a pre-release comes before its release
  }
  return aPre < bPre;
}

fs::path versionFolder(const fs::path& root, const std::string& extension,
                       const std::string& version) {
  return root / extension / version;
}

bool isPublished(const fs::path& root, const std::string& extension, const std::string& version) {
  std::error_code ec;
  return fs::exists(versionFolder(root, extension, version), ec);
}

void discardStaged(const Staged& staged) {
  std::error_code ec;
  fs::remove_all(staged.folder, ec);
  if (staged.createdRoot && fs::is_empty(staged.root, ec)) {
    fs::remove(staged.root, ec);
  }
}

std::variant<Staged, TargetError> stageInDir(const UploadJob& job, const std::atomic<bool>& cancel,
                                             const CopyProgress& progress) {
  std::error_code ec;
  Staged staged;
  staged.root = job.root;
  staged.createdRoot = !fs::exists(job.root, ec);
  fs::create_directories(job.root, ec);
  if (ec || !fs::is_directory(job.root)) {
    return TargetError{"cannot create the target folder '" + job.root.string() +
                       "': " + (ec ? why(ec) : "not a folder")};
  }
  repairAfterKilledPublishes(job.root);
  staged.folder =
      job.root / (kStagingPrefix + job.package.stem().string() + "-" + std::to_string(::getpid()));
  fs::remove_all(staged.folder, ec);
  if (!fs::create_directory(staged.folder, ec) || ec) {
    auto message = "cannot write in the target folder '" + job.root.string() +
                   "': " + (ec ? why(ec) : "cannot create a folder");
    discardStaged(staged);
    return TargetError{std::move(message)};
  }
  const auto fail = [&](TargetError error) -> std::variant<Staged, TargetError> {
    discardStaged(staged);
    return error;
  };
  const auto copied = staged.folder / job.package.filename();
  if (auto error = copyFile(job.package, copied, cancel, progress)) {
    return fail(std::move(*error));
  }
  if (auto error = writeFileAtomically(staged.folder / "manifest.json", job.manifest)) {
    return fail(TargetError{error->message});
  }
  if (auto error =
          writeFileAtomically(fs::path(copied.string() + ".sha256"),
                              job.sha256 + "  " + job.package.filename().string() + "\n")) {
    return fail(TargetError{error->message});
  }
  // Read back what the target holds: a copy that differs is not published.
  if (sha256OfFile(copied) != job.sha256) {
    return fail(
        TargetError{"the copy in the target differs from the package (SHA-256 mismatch): '" +
                    copied.string() + "'"});
  }
  auto manifest = readFile(staged.folder / "manifest.json");
  if (!std::holds_alternative<std::string>(manifest) ||
      sha256Hex(std::get<std::string>(manifest)) != sha256Hex(job.manifest)) {
    return fail(
        TargetError{"the manifest in the target differs from the package's (SHA-256 mismatch)"});
  }
  if (cancel.load()) {
    return fail(TargetError{"cancelled while uploading", true});
  }
  return staged;
}

std::variant<fs::path, TargetError> commitInDir(const Staged& staged, const std::string& extension,
                                                const std::string& version, bool force) {
  const auto destination = versionFolder(staged.root, extension, version);
  std::error_code ec;
  const auto fail = [&](std::string message) -> std::variant<fs::path, TargetError> {
    discardStaged(staged);
    return TargetError{std::move(message)};
  };
  // The extension's name and the version become folder names: one name each, and
  // `<root>/<Ext>` (which may exist as a link) must not lead out of the target.
  if (!isPlainName(extension) || !isPlainName(version) || extension.starts_with(".")) {
    return fail("cannot publish '" + extension + "' '" + version +
                "': the extension's name and the version must each be a folder name");
  }
  if (auto outside = checkInsideFolder(staged.root, destination)) {
    return fail(outside->message);
  }
  const bool hadExtension = fs::exists(destination.parent_path(), ec);
  fs::create_directories(destination.parent_path(), ec);
  if (ec) {
    return fail("cannot create '" + destination.parent_path().string() + "': " + why(ec));
  }
  if (!hadExtension) {
    (void)syncFolder(staged.root);
  }
  // The staged files are flushed (AtomicFile); flush the staging folder's entries
  // too, so that the version appears complete after the rename, even after a crash.
  if (auto error = syncFolder(staged.folder)) {
    return fail(error->message);
  }
  std::optional<fs::path> replaced;
  bool moved = false;
  if (fs::exists(destination, ec)) {
    if (!force) {
      discardStaged(staged);
      return TargetError{extension + " " + version + " is already published in '" +
                             staged.root.string() + "' (publish with --force to replace it)",
                         false, true};
    }
    if (exchangeFolders(staged.folder, destination)) {
      // One step: readers see the old version or the new one, never neither.
      durableStep();
      (void)syncFolder(destination.parent_path());
      (void)syncFolder(staged.root);
      fs::remove_all(staged.folder, ec); // now the old version
      moved = true;
    } else {
      replaced = staged.root / (std::string(kReplacedPrefix) + extension + "-" + version + "-" +
                                std::to_string(::getpid()));
      fs::remove_all(*replaced, ec);
      fs::rename(destination, *replaced, ec);
      if (ec) {
        return fail("cannot replace '" + destination.string() + "': " + why(ec));
      }
      durableStep();
    }
  }
  if (!moved) {
    fs::rename(staged.folder, destination, ec);
    if (ec) {
      auto message = "cannot move the version into '" + destination.string() + "': " + why(ec);
      if (replaced) {
        std::error_code ignored;
        fs::rename(*replaced, destination, ignored);
      }
      if (!hadExtension) {
        std::error_code ignored;
        fs::remove(destination.parent_path(), ignored);
      }
      return fail(std::move(message));
    }
    (void)syncFolder(destination.parent_path());
    (void)syncFolder(staged.root);
    durableStep();
  }
  if (replaced) {
    fs::remove_all(*replaced, ec);
  }
  if (auto error = writeIndex(staged.root)) {
    // The version is in place; the index is rebuilt from the folders next time.
    return TargetError{"published to '" + destination.string() +
                       "' but index.json could not be written: " + error->message};
  }
  return destination;
}

std::variant<std::vector<PublishedVersion>, TargetError>
listVersions(const fs::path& root, const std::string& extension) {
  std::error_code ec;
  const auto indexFile = root / kIndexFile;
  if (!fs::exists(indexFile, ec)) {
    return std::vector<PublishedVersion>{};
  }
  auto text = readFile(indexFile);
  if (auto* error = std::get_if<FileError>(&text)) {
    return TargetError{error->message};
  }
  return parseIndex(std::get<std::string>(text), extension, indexFile.string());
}

std::variant<std::vector<PublishedVersion>, TargetError>
parseIndex(const std::string& text, const std::string& extension, const std::string& where) {
  const auto index = Json::parse(text, nullptr, false);
  if (!index.is_object() || !index.contains("extensions") || !index["extensions"].is_object()) {
    return TargetError{"'" + where + "' is not an index of versions"};
  }
  std::vector<PublishedVersion> versions;
  for (const auto& [name, list] : index["extensions"].items()) {
    if ((!extension.empty() && name != extension) || !list.is_array()) {
      continue;
    }
    for (const auto& item : list) {
      if (item.is_object()) {
        versions.push_back({name, item.value("version", std::string()),
                            item.value("createdUtc", std::string()),
                            item.value("sha256", std::string())});
      }
    }
  }
  std::sort(versions.begin(), versions.end(), [](const auto& a, const auto& b) {
    return a.extension != b.extension ? a.extension < b.extension
                                      : versionLess(a.version, b.version);
  });
  return versions;
}

} // namespace oxt::publish
