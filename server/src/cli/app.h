// The `oxt` command line: global options, subcommands, usage and exit codes.
//
// Exit codes: 0 success; 1 the command ran and found problems (errors in a
// checked file); 2 usage or input error (unknown subcommand or option, bad value,
// a path that cannot be read); 3 the subcommand is not available in this build yet.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace oxt::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitProblems = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitNotAvailable = 3;

/// Runs `oxt` with `args` (without the program name), writing results to `out`
/// and messages to `err`. Never throws.
int runApp(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// The same, reading standard input (`oxt fmt -`) from `in`.
int runApp(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
           std::ostream& err);

} // namespace oxt::cli
