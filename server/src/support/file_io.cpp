#include "support/file_io.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

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

} // namespace oxt
