// `oxt check`: parse and check `.oxt` files, print their diagnostics and a summary.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace oxt::cli {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text"; // "text" or "json"
};

/// Exit code 0 when no file has an error (warnings allowed, as in Integration
/// Studio's Verify), 1 when a file has errors, 2 when a path cannot be read (a
/// missing path, a folder named like a file, a file that is not UTF-8) or nothing
/// was found to check; the files that can be read are checked all the same.
int runCheck(const CheckOptions& options, std::ostream& out, std::ostream& err);

} // namespace oxt::cli
