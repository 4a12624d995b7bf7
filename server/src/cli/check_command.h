// `oxt check`: parse and check `.oxt` files, print their diagnostics and a summary.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace oxt::cli {

struct CheckOptions {
  std::vector<std::string> paths;
};

/// Exit code 0 when no file has an error (warnings allowed, as in Integration
/// Studio's Verify), 1 otherwise or when a path cannot be read.
int runCheck(const CheckOptions& options, std::ostream& out, std::ostream& err);

} // namespace oxt::cli
