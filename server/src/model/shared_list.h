// A list of model elements held by shared pointer to const, read like a vector.
//
// Why: the language server rebuilds the model after every keystroke, reusing the
// members the edit did not touch (build_model.h), and keeps the previous model while
// the new one is built. With members held by value, every reused member was copied,
// so the peak held two copies of a file's thousands of members. Held by shared
// pointer, a member that did not change is the same object in both models; only what
// changed is new.
//
// A member after the edit did not change either, but it moved: every position in it
// is off by the length the edit added or removed. Copying and moving thousands of
// members after each keystroke (and freeing the copies of the keystroke before) was
// half of the time a keystroke took in a large file. So a list holds such a member as
// the element it was read as, with the bytes it moved since (pushMoved), and makes the
// moved copy only when something reads it (operator[], the iterators). What reads
// every member after each keystroke but no position (a name, a type) reads the
// element as read (asRead) and moves nothing.
//
// The elements are immutable once shared: readers get `const T&`. The builder and
// type resolution change an element through mutableAt, which copies it first when
// another list still holds it (copy on write), so an earlier model that shares the
// element never sees the change.
//
// Placing a moved element is thread-safe: a model is read by several threads at once.
// T must have `shiftRanges(T&, int64_t)`, found by argument-dependent lookup.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <utility>
#include <vector>

namespace oxt::model {

template <typename T> class SharedList {
  /// One element: as it was read, the bytes it moved since, and once read, moved.
  struct Entry {
    std::shared_ptr<const T> read;
    int64_t moved = 0;
    /// `read` moved by `moved`: made on first use, then never changed.
    mutable std::shared_ptr<const T> placedCopy;
    /// What readers get: `read` when it did not move, else placedCopy once made.
    mutable std::atomic<const T*> placed{nullptr};

    Entry(std::shared_ptr<const T> element, int64_t by) : read(std::move(element)), moved(by) {
      if (moved == 0) {
        placed.store(read.get(), std::memory_order_relaxed);
      }
    }
    // Copied while another thread may place the original: placedCopy is read only
    // after `placed` says it is there, and it never changes after that.
    Entry(const Entry& other) : read(other.read), moved(other.moved) {
      const auto* at = other.placed.load(std::memory_order_acquire);
      if (at != nullptr && moved != 0) {
        placedCopy = other.placedCopy;
      }
      placed.store(at, std::memory_order_relaxed);
    }
    // Moved only while the list is built, by one thread.
    Entry(Entry&& other) noexcept
        : read(std::move(other.read)), moved(other.moved), placedCopy(std::move(other.placedCopy)),
          placed(other.placed.load(std::memory_order_relaxed)) {}
    Entry& operator=(const Entry& other) {
      if (this != &other) {
        Entry copy(other);
        *this = std::move(copy);
      }
      return *this;
    }
    Entry& operator=(Entry&& other) noexcept {
      read = std::move(other.read);
      moved = other.moved;
      placedCopy = std::move(other.placedCopy);
      placed.store(other.placed.load(std::memory_order_relaxed), std::memory_order_relaxed);
      return *this;
    }
    ~Entry() = default;
  };
  using Entries = std::vector<Entry>;

  /// The element where it is now, moved first if it was not yet.
  static const T& placedOf(const Entry& entry) {
    if (const auto* at = entry.placed.load(std::memory_order_acquire)) {
      return *at;
    }
    // One lock for every list of T: placing happens once per element, when a request
    // first reads a member a keystroke moved.
    static std::mutex placing;
    const std::lock_guard lock(placing);
    if (const auto* at = entry.placed.load(std::memory_order_relaxed)) {
      return *at;
    }
    auto copy = std::make_shared<T>(*entry.read);
    shiftRanges(*copy, entry.moved);
    entry.placedCopy = std::move(copy);
    entry.placed.store(entry.placedCopy.get(), std::memory_order_release);
    return *entry.placedCopy;
  }

  /// The element where it is now, as a pointer to share.
  static const std::shared_ptr<const T>& placedPointer(const Entry& entry) {
    placedOf(entry);
    return entry.moved == 0 ? entry.read : entry.placedCopy;
  }

public:
  using value_type = T;
  using size_type = std::size_t;
  using difference_type = std::ptrdiff_t;
  using reference = const T&;
  using const_reference = const T&;

  /// Iterates the elements where they are now (not the pointers), as a vector's
  /// const_iterator would. The standard containers' names, here and in push_back, so
  /// that code written for the vector this replaced reads the same.
  // NOLINTNEXTLINE(readability-identifier-naming)
  class const_iterator {
  public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;

    const_iterator() = default;
    explicit const_iterator(typename Entries::const_iterator at) : at_(at) {}

    reference operator*() const { return placedOf(*at_); }
    pointer operator->() const { return &placedOf(*at_); }
    reference operator[](difference_type n) const { return placedOf(at_[n]); }
    const_iterator& operator++() {
      ++at_;
      return *this;
    }
    const_iterator operator++(int) { return const_iterator(at_++); }
    const_iterator& operator--() {
      --at_;
      return *this;
    }
    const_iterator operator--(int) { return const_iterator(at_--); }
    const_iterator& operator+=(difference_type n) {
      at_ += n;
      return *this;
    }
    const_iterator& operator-=(difference_type n) {
      at_ -= n;
      return *this;
    }
    friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
    friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
    friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
      return a.at_ - b.at_;
    }
    friend bool operator==(const const_iterator&, const const_iterator&) = default;
    friend auto operator<=>(const const_iterator&, const const_iterator&) = default;

  private:
    typename Entries::const_iterator at_;
  };
  using iterator = const_iterator;

  SharedList() = default;
  SharedList(std::initializer_list<T> values) {
    items_.reserve(values.size());
    for (const auto& value : values) {
      push_back(value);
    }
  }

  [[nodiscard]] size_type size() const { return items_.size(); }
  [[nodiscard]] bool empty() const { return items_.empty(); }
  const T& operator[](size_type i) const { return placedOf(items_[i]); }
  [[nodiscard]] const T& at(size_type i) const {
    if (i >= items_.size()) {
      throw std::out_of_range("SharedList::at");
    }
    return placedOf(items_[i]);
  }
  [[nodiscard]] const T& front() const { return placedOf(items_.front()); }
  [[nodiscard]] const T& back() const { return placedOf(items_.back()); }
  [[nodiscard]] const_iterator begin() const { return const_iterator(items_.begin()); }
  [[nodiscard]] const_iterator end() const { return const_iterator(items_.end()); }
  [[nodiscard]] const_iterator cbegin() const { return begin(); }
  [[nodiscard]] const_iterator cend() const { return end(); }

  /// Element `i` as it was read, without the moves since: its names, types and
  /// everything but its positions are right, and reading it moves nothing. Its
  /// positions are movedSinceRead(i) bytes off.
  [[nodiscard]] const T& asRead(size_type i) const { return *items_[i].read; }
  [[nodiscard]] int64_t movedSinceRead(size_type i) const { return items_[i].moved; }

  /// The pointer to element `i` where it is now, to share it with another list.
  [[nodiscard]] const std::shared_ptr<const T>& shared(size_type i) const {
    return placedPointer(items_[i]);
  }

  void reserve(size_type n) { items_.reserve(n); }
  void clear() { items_.clear(); }

  // NOLINTNEXTLINE(readability-identifier-naming)
  void push_back(T value) { items_.emplace_back(std::make_shared<T>(std::move(value)), 0); }

  /// Shares an element of another list. `element` must not be null, and must point to
  /// an object that was not created const (std::make_shared<T>, as push_back(T) does),
  /// so that mutableAt may change it once this list is its only holder.
  // NOLINTNEXTLINE(readability-identifier-naming)
  void push_back(std::shared_ptr<const T> element) { items_.emplace_back(std::move(element), 0); }

  /// Shares element `i` of `from`, moved by `by` bytes from where it is in `from`,
  /// without copying it: the moved copy is made when something reads it.
  void pushMoved(const SharedList& from, size_type i, int64_t by) {
    const auto& entry = from.items_[i];
    if (entry.moved != 0 && entry.placed.load(std::memory_order_acquire) != nullptr) {
      items_.emplace_back(entry.placedCopy, by); // moved already: start from there
    } else {
      items_.emplace_back(entry.read, entry.moved + by);
    }
  }

  /// The element at `i`, to change: copied first unless this list is its only holder,
  /// so that no other list (an earlier model) sees the change. Only while the list is
  /// built, by one thread.
  T& mutableAt(size_type i) {
    auto& entry = items_.at(i);
    if (entry.moved != 0) {
      entry.read = placedPointer(entry);
      entry.placedCopy.reset();
      entry.moved = 0;
    }
    if (entry.read.use_count() != 1) {
      entry.read = std::make_shared<T>(*entry.read);
    }
    entry.placed.store(entry.read.get(), std::memory_order_relaxed);
    // Not const: every element is created by make_shared<T> (see push_back).
    return const_cast<T&>(*entry.read); // NOLINT(cppcoreguidelines-pro-type-const-cast)
  }

  friend bool operator==(const SharedList& a, const SharedList& b) {
    if (a.items_.size() != b.items_.size()) {
      return false;
    }
    for (size_type i = 0; i < a.items_.size(); ++i) {
      const auto& x = a.items_[i];
      const auto& y = b.items_[i];
      if (!(x.read == y.read && x.moved == y.moved) && !(placedOf(x) == placedOf(y))) {
        return false;
      }
    }
    return true;
  }

private:
  Entries items_;
};

} // namespace oxt::model
