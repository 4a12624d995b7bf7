// Work spread over two threads: the machines oxt targets have two cores, and opening a
// large file (the parse, the model, the checks) is the one place where a person waits
// for all of it at once.
#pragma once

#include <cstddef>
#include <functional>

namespace oxt {

/// Calls `body(item, thread)` for every item below `count`, on the calling thread
/// (thread 0) and one more (thread 1; none for fewer than two items). Each thread takes the next
/// item when it is done with one, so that a thread slowed by other work takes fewer. Returns when
/// both are done; if a call throws, no thread takes another item, and the first exception is
/// rethrown once both threads stopped.
void forEachOnTwoThreads(std::size_t count,
                         const std::function<void(std::size_t item, std::size_t thread)>& body);

} // namespace oxt
