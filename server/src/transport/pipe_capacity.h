// The capacity of the pipes a language server speaks through.
//
// Why: a pipe holds 64 KiB by default. A large reply (the outline of a file of 20,000
// actions is 25 MB of JSON, its semantic tokens 4 MB) then goes through in hundreds of
// rounds: the server fills the pipe and sleeps, the editor wakes, empties it, and
// wakes the server. Measured on the outline of 5,000 and 20,000 actions, a pipe of
// 1 MiB made the reply a quarter faster (docs/performance.md).
#pragma once

#include <cstddef>

namespace oxt::transport {

/// What the pipes are widened to: Linux's default limit for a user's pipe
/// (/proc/sys/fs/pipe-max-size).
inline constexpr std::size_t kWidePipeBytes = std::size_t{1} << 20U;

/// Widens `fd` to `kWidePipeBytes` when it is a pipe and the system allows it; leaves
/// it as it is otherwise (a file, a terminal, a socket, a lower limit). Returns the
/// pipe's capacity after, or 0 when `fd` is not a pipe or the system cannot say.
std::size_t widenPipe(int fd);

} // namespace oxt::transport
