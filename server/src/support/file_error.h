// The error value of the file helpers (reading, atomic writing, path guards).
#pragma once

#include <string>

namespace oxt {

struct FileError {
  std::string message; // e.g. "cannot read 'x.oxt': No such file or directory"
};

} // namespace oxt
