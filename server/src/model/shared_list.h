// A list of model elements held by shared pointer to const, read like a vector.
//
// Why: the language server rebuilds the model after every keystroke, reusing the
// members the edit did not touch (build_model.h), and keeps the previous model while
// the new one is built. With members held by value, every reused member was copied,
// so the peak held two copies of a file's thousands of members. Held by shared
// pointer, a member that did not change is the same object in both models; only what
// changed is new.
//
// The elements are immutable once shared: readers get `const T&`. The builder and
// type resolution change an element through mutableAt, which copies it first when
// another list still holds it (copy on write), so an earlier model that shares the
// element never sees the change.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

namespace oxt::model {

template <typename T> class SharedList {
  using Pointers = std::vector<std::shared_ptr<const T>>;

public:
  using value_type = T;
  using size_type = std::size_t;
  using difference_type = std::ptrdiff_t;
  using reference = const T&;
  using const_reference = const T&;

  /// Iterates the elements (not the pointers), as a vector's const_iterator would.
  /// The standard containers' names, here and in push_back, so that code written for
  /// the vector this replaced reads the same.
  // NOLINTNEXTLINE(readability-identifier-naming)
  class const_iterator {
  public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;

    const_iterator() = default;
    explicit const_iterator(typename Pointers::const_iterator at) : at_(at) {}

    reference operator*() const { return **at_; }
    pointer operator->() const { return at_->get(); }
    reference operator[](difference_type n) const { return *at_[n]; }
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
    typename Pointers::const_iterator at_;
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
  const T& operator[](size_type i) const { return *items_[i]; }
  [[nodiscard]] const T& at(size_type i) const {
    if (i >= items_.size()) {
      throw std::out_of_range("SharedList::at");
    }
    return *items_[i];
  }
  [[nodiscard]] const T& front() const { return *items_.front(); }
  [[nodiscard]] const T& back() const { return *items_.back(); }
  [[nodiscard]] const_iterator begin() const { return const_iterator(items_.begin()); }
  [[nodiscard]] const_iterator end() const { return const_iterator(items_.end()); }
  [[nodiscard]] const_iterator cbegin() const { return begin(); }
  [[nodiscard]] const_iterator cend() const { return end(); }

  /// The pointer itself, to share the element with another list.
  [[nodiscard]] const std::shared_ptr<const T>& shared(size_type i) const { return items_[i]; }

  void reserve(size_type n) { items_.reserve(n); }
  void clear() { items_.clear(); }

  // NOLINTNEXTLINE(readability-identifier-naming)
  void push_back(T value) { items_.push_back(std::make_shared<T>(std::move(value))); }

  /// Shares an element of another list. `element` must not be null, and must point to
  /// an object that was not created const (std::make_shared<T>, as push_back(T) does),
  /// so that mutableAt may change it once this list is its only holder.
  // NOLINTNEXTLINE(readability-identifier-naming)
  void push_back(std::shared_ptr<const T> element) { items_.push_back(std::move(element)); }

  /// The element at `i`, to change: copied first unless this list is its only holder,
  /// so that no other list (an earlier model) sees the change.
  T& mutableAt(size_type i) {
    auto& item = items_.at(i);
    if (item.use_count() != 1) {
      item = std::make_shared<T>(*item);
    }
    // Not const: every element is created by make_shared<T> (see push_back).
    return const_cast<T&>(*item); // NOLINT(cppcoreguidelines-pro-type-const-cast)
  }

  friend bool operator==(const SharedList& a, const SharedList& b) {
    if (a.items_.size() != b.items_.size()) {
      return false;
    }
    for (size_type i = 0; i < a.items_.size(); ++i) {
      if (a.items_[i] != b.items_[i] && !(*a.items_[i] == *b.items_[i])) {
        return false;
      }
    }
    return true;
  }

private:
  Pointers items_;
};

} // namespace oxt::model
