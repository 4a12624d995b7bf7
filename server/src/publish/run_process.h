// Running an external program (the C# compiler) with its output in a log file,
// stoppable by the publish's cancel flag.
#pragma once

#include <atomic>
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

namespace oxt::publish {

struct ProcessExit {
  int code = 0;           // the exit code; 128 + signal when killed
  bool cancelled = false; // stopped because the cancel flag was set
};

struct ProcessError {
  std::string message; // "cannot run 'mcs': No such file or directory"
};

/// Runs `argv` (argv[0] searched on PATH) in `folder`, standard output and error
/// into `log`, with this process's environment but for the variables named in
/// `hidden` (credentials); kills it when `cancel` becomes true.
[[nodiscard]] std::variant<ProcessExit, ProcessError>
runProcess(const std::vector<std::string>& argv, const std::filesystem::path& folder,
           const std::filesystem::path& log, const std::atomic<bool>& cancel,
           const std::vector<std::string>& hidden = {});

/// `name` found on PATH (or `name` itself when it has a '/' and exists).
[[nodiscard]] std::filesystem::path findProgram(const std::string& name);

} // namespace oxt::publish
