// `oxt fmt`: rewrite `.oxt` files in the canonical layout (features/formatting.h).
//
//   oxt fmt [PATH...]       format the files in place (atomically)
//   oxt fmt --check [PATH]  change nothing; list the files that are not formatted
//   oxt fmt -               read standard input, write the result to standard output
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace oxt::cli {

struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;
};

/// Exit code 0 when every file is (or now is) formatted; 1 when `--check` found
/// files to format or a file has syntax errors; 2 when a path cannot be read or
/// written.
int runFmt(const FmtOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

} // namespace oxt::cli
