#include "publish/run_process.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ; // NOLINT(readability-redundant-declaration): POSIX, for posix_spawnp

namespace oxt::publish {

namespace fs = std::filesystem;

fs::path findProgram(const std::string& name) {
  std::error_code ec;
  if (name.find('/') != std::string::npos) {
    return fs::exists(name, ec) ? fs::path(name) : fs::path();
  }
  const char* path = std::getenv("PATH"); // NOLINT(concurrency-mt-unsafe): read only
  std::string folders = path == nullptr ? "/usr/bin:/bin" : path;
  std::size_t start = 0;
  while (start <= folders.size()) {
    const auto end = folders.find(':', start);
    const auto folder = folders.substr(start, end == std::string::npos ? end : end - start);
    if (!folder.empty()) {
      auto candidate = fs::path(folder) / name;
      if (fs::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0) {
        return candidate;
      }
    }
    if (end == std::string::npos) {
      break;
    }
    start = end + 1;
  }
  return {};
}

std::variant<ProcessExit, ProcessError> runProcess(const std::vector<std::string>& argv,
                                                   const fs::path& folder, const fs::path& log,
                                                   const std::atomic<bool>& cancel,
                                                   const std::vector<std::string>& hidden) {
  if (argv.empty()) {
    return ProcessError{"no command to run"};
  }
  const auto program = findProgram(argv.front());
  if (program.empty()) {
    return ProcessError{"cannot run '" + argv.front() + "': not found on PATH"};
  }
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const auto& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str())); // NOLINT(cppcoreguidelines-pro-type-const-cast)
  }
  args.push_back(nullptr);

  std::vector<char*> environment;
  for (char** variable = environ; *variable != nullptr; ++variable) { // NOLINT
    const std::string_view entry(*variable);
    const auto name = entry.substr(0, entry.find('='));
    if (std::find(hidden.begin(), hidden.end(), name) == hidden.end()) {
      environment.push_back(*variable);
    }
  }
  environment.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC,
                                   0644); // NOLINT(hicpp-signed-bitwise)
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addchdir_np(&actions, folder.c_str());
  pid_t pid = 0;
  const int failed =
      posix_spawn(&pid, program.c_str(), &actions, nullptr, args.data(), environment.data());
  posix_spawn_file_actions_destroy(&actions);
  if (failed != 0) {
    return ProcessError{"cannot run '" + argv.front() +
                        "': " + std::strerror(failed)}; // NOLINT(concurrency-mt-unsafe)
  }
  bool cancelled = false;
  int status = 0;
  for (;;) {
    const auto done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) {
      break;
    }
    if (done < 0 && errno != EINTR) {
      return ProcessError{"lost track of '" + argv.front() + "'"};
    }
    if (cancel.load() && !cancelled) {
      cancelled = true;
      ::kill(pid, SIGKILL);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ProcessExit exit;
  exit.cancelled = cancelled;
  exit.code = WIFEXITED(status) ? WEXITSTATUS(status)
                                : 128 + WTERMSIG(status); // NOLINT(hicpp-signed-bitwise)
  return exit;
}

} // namespace oxt::publish
