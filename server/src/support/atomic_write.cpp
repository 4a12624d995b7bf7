#include "support/atomic_write.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace oxt {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kTemporaryMark = ".oxt-tmp-";

FileError systemError(const std::string& what, const fs::path& path, int error) {
  return FileError{what + " '" + path.string() + "': " + std::strerror(error)};
}

fs::path folderOf(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

/// Writes all of `bytes` to `fd`, retrying short writes and interruptions.
bool writeAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const auto written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

/// The process's umask, read without changing it (umask() would race with other
/// threads creating files): Linux reports it in /proc/self/status.
mode_t currentUmask() {
  static const mode_t mask = [] {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
      if (line.starts_with("Umask:")) {
        return static_cast<mode_t>(std::strtoul(line.c_str() + 6, nullptr, 8));
      }
    }
    return static_cast<mode_t>(022);
  }();
  return mask;
}

/// Renames `temporary` over `target` and flushes their folder; the durable steps
/// around the rename are the points a crash test stops at.
std::optional<FileError> renameOver(const fs::path& temporary, const fs::path& target) {
  durableStep();
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    return systemError("cannot replace", target, error);
  }
  auto synced = syncFolder(folderOf(target));
  durableStep();
  return synced;
}

} // namespace

fs::path temporaryPathFor(const fs::path& target) {
  return folderOf(target) / ("." + target.filename().string() + std::string(kTemporaryMark) +
                             std::to_string(::getpid()) + "-XXXXXX");
}

std::variant<AtomicFile, FileError> AtomicFile::create(const fs::path& target) {
  std::string temporary = temporaryPathFor(target).string();
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    return systemError("cannot create a temporary file next to", target, errno);
  }
  return AtomicFile(target, temporary, fd);
}

AtomicFile::AtomicFile(fs::path target, fs::path temporary, int fd)
    : target_(std::move(target)), temporary_(std::move(temporary)), fd_(fd) {}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : target_(std::move(other.target_)), temporary_(std::move(other.temporary_)), fd_(other.fd_),
      failed_(other.failed_) {
  other.fd_ = -1;
  other.temporary_.clear();
}

AtomicFile::~AtomicFile() { discard(); }

void AtomicFile::discard() {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  if (!temporary_.empty()) {
    ::unlink(temporary_.c_str());
    temporary_.clear();
  }
}

std::optional<FileError> AtomicFile::write(std::string_view bytes) {
  if (fd_ < 0 || failed_) {
    return FileError{"cannot write '" + target_.string() + "': the file is closed"};
  }
  if (!writeAll(fd_, bytes)) {
    failed_ = true;
    return systemError("cannot write", target_, errno);
  }
  return std::nullopt;
}

std::optional<FileError> AtomicFile::commit() {
  if (fd_ < 0 || failed_) {
    return FileError{"cannot write '" + target_.string() + "': the file is closed"};
  }
  struct stat original {};
  const bool existed = ::stat(target_.c_str(), &original) == 0;
  const mode_t mode = existed ? (original.st_mode & 07777) : (0666 & ~currentUmask());
  const bool ok = ::fchmod(fd_, mode) == 0 && ::fsync(fd_) == 0;
  const int error = errno;
  ::close(fd_);
  fd_ = -1;
  if (!ok) {
    discard();
    return systemError("cannot write", target_, error);
  }
  auto temporary = std::move(temporary_);
  temporary_.clear(); // renameOver removes it on failure
  return renameOver(temporary, target_);
}

std::optional<FileError> writeFileAtomically(const fs::path& path, std::string_view bytes) {
  auto file = AtomicFile::create(path);
  if (auto* error = std::get_if<FileError>(&file)) {
    return std::move(*error);
  }
  auto& open = std::get<AtomicFile>(file);
  if (auto error = open.write(bytes)) {
    return error;
  }
  return open.commit();
}

std::optional<FileError> commitWrittenFile(const fs::path& written, const fs::path& target) {
  const int fd = ::open(written.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int error = errno;
    if (fd >= 0) {
      ::close(fd);
    }
    ::unlink(written.c_str());
    return systemError("cannot write", target, error);
  }
  ::close(fd);
  return renameOver(written, target);
}

std::optional<FileError> syncFolder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    return systemError("cannot open the folder", folder, errno);
  }
  // Some file systems cannot flush a folder (EINVAL): the rename is done anyway.
  const bool ok = ::fsync(fd) == 0 || errno == EINVAL;
  const int error = errno;
  ::close(fd);
  if (!ok) {
    return systemError("cannot flush the folder", folder, error);
  }
  return std::nullopt;
}

bool isTemporaryName(std::string_view fileName) {
  return fileName.starts_with(".") && fileName.find(kTemporaryMark) != std::string_view::npos;
}

int removeStaleTemporaries(const fs::path& folder) {
  int removed = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const auto name = entry.path().filename().string();
    if (!isTemporaryName(name) || !entry.is_regular_file(ec)) {
      continue;
    }
    const auto pidText = name.substr(name.rfind(kTemporaryMark) + kTemporaryMark.size());
    const auto pid = static_cast<pid_t>(std::strtol(pidText.c_str(), nullptr, 10));
    const bool alive = pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
    if (!alive && fs::remove(entry.path(), ec)) {
      ++removed;
    }
  }
  return removed;
}

void durableStep() {
  static const long killAt = [] {
    const char* value = std::getenv("OXT_TEST_KILL_AT_STEP"); // NOLINT(concurrency-mt-unsafe)
    return value == nullptr ? 0L : std::strtol(value, nullptr, 10);
  }();
  static std::atomic<long> steps{0};
  if (killAt > 0 && ++steps == killAt) {
    ::kill(::getpid(), SIGKILL);
  }
}

} // namespace oxt
