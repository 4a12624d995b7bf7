#include "transport/pipe_capacity.h"

#include <fcntl.h>
#include <sys/stat.h>

namespace oxt::transport {

std::size_t widenPipe(int fd) {
#if defined(F_SETPIPE_SZ) && defined(F_GETPIPE_SZ)
  struct stat status {};
  if (::fstat(fd, &status) != 0 || !S_ISFIFO(status.st_mode)) {
    return 0;
  }
  const int current = ::fcntl(fd, F_GETPIPE_SZ);
  if (current < 0) {
    return 0;
  }
  if (static_cast<std::size_t>(current) < kWidePipeBytes) {
    // Refused above the system's limit (EPERM) or when the user's pipes already hold
    // too much: the pipe then keeps its size, which works, only slower.
    (void)::fcntl(fd, F_SETPIPE_SZ, static_cast<int>(kWidePipeBytes));
  }
  const int after = ::fcntl(fd, F_GETPIPE_SZ);
  return after < 0 ? 0 : static_cast<std::size_t>(after);
#else
  (void)fd;
  return 0;
#endif
}

} // namespace oxt::transport
