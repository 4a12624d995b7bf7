#include "support/file_io.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace oxt {

std::variant<std::string, FileError> readFile(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return FileError{"cannot read '" + path.string() + "': it is a directory"};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return FileError{"cannot read '" + path.string() + "': " + std::strerror(errno)};
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    return FileError{"cannot read '" + path.string() + "': read error"};
  }
  return std::move(bytes).str();
}

namespace {

FileError systemError(const std::string& what, const std::filesystem::path& path) {
  return FileError{what + " '" + path.string() + "': " + std::strerror(errno)};
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

} // namespace

std::optional<FileError> writeFileAtomically(const std::filesystem::path& path,
                                             std::string_view bytes) {
  const auto folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string temporary = (folder / ("." + path.filename().string() + ".oxt-XXXXXX")).string();
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    return systemError("cannot create a temporary file next to", path);
  }
  struct stat original {};
  const bool existed = ::stat(path.c_str(), &original) == 0;
  const bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0 &&
                  (!existed || ::fchmod(fd, original.st_mode & 07777) == 0);
  const int savedErrno = errno;
  ::close(fd);
  if (!ok) {
    ::unlink(temporary.c_str());
    errno = savedErrno;
    return systemError("cannot write", path);
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int renameErrno = errno;
    ::unlink(temporary.c_str());
    errno = renameErrno;
    return systemError("cannot replace", path);
  }
  return std::nullopt;
}

} // namespace oxt
