// SharedList: read like a vector of values; an element shared by two lists is one
// object, and changing it through one list leaves the other as it was. An element
// shared moved is copied and moved when first read, once, by whichever thread reads it.
#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "model/shared_list.h"

namespace shared_list_test {

/// An element with a position, as the model's members have.
struct Item {
  std::string text;
  uint32_t at = 0;
  Item(const char* t, uint32_t position = 0) : text(t), at(position) {} // NOLINT: as a literal
  friend bool operator==(const Item&, const Item&) = default;
};

void shiftRanges(Item& item, int64_t delta) {
  item.at = static_cast<uint32_t>(static_cast<int64_t>(item.at) + delta);
}

} // namespace shared_list_test

using oxt::model::SharedList;
using shared_list_test::Item;

TEST_CASE("a shared list reads like a vector of its elements") {
  SharedList<Item> list{"a", "b"};
  list.push_back(Item("c"));
  REQUIRE(list.size() == 3);
  CHECK(list.front().text == "a");
  CHECK(list[1].text == "b");
  CHECK(list.back().text == "c");
  CHECK(std::find(list.begin(), list.end(), Item("b")) - list.begin() == 1);
  CHECK_THROWS_AS(list.at(3), std::out_of_range);
  CHECK(list == SharedList<Item>{"a", "b", "c"});
  CHECK_FALSE(list == SharedList<Item>{"a", "b"});
  CHECK_FALSE(list == SharedList<Item>{"a", "b", "x"});
}

TEST_CASE("changing an element two lists share copies it first") {
  SharedList<Item> first{"a", "b"};
  SharedList<Item> second;
  second.push_back(first.shared(0));
  second.push_back(first.shared(1));
  CHECK(&first[0] == &second[0]);

  second.mutableAt(0).text = "changed";
  CHECK(first[0].text == "a");
  CHECK(second[0].text == "changed");
  CHECK(&first[1] == &second[1]); // the other element is still shared

  // An element only one list holds is changed where it is.
  const auto* before = &second[0];
  second.mutableAt(0).text += "!";
  CHECK(&second[0] == before);
  CHECK(second[0].text == "changed!");
}

TEST_CASE("an element shared moved is moved when read, and the first list keeps it as it was") {
  SharedList<Item> first{{"a", 10}, {"b", 20}};
  SharedList<Item> second;
  second.pushMoved(first, 0, 0);
  second.pushMoved(first, 1, 5);

  // Nothing is copied until read: as read, both lists hold the same objects.
  CHECK(&second.asRead(1) == &first[1]);
  CHECK(second.movedSinceRead(1) == 5);
  CHECK(&second[0] == &first[0]); // not moved: the same object
  CHECK(second[1] == Item("b", 25));
  CHECK(&second[1] != &first[1]);
  CHECK(&second[1] == &second[1]); // placed once
  CHECK(first[1] == Item("b", 20));

  // Moved again from a list whose element was not read: the moves add up, still
  // from the element as first read.
  SharedList<Item> third;
  third.pushMoved(first, 1, 5);
  SharedList<Item> fourth;
  fourth.pushMoved(third, 0, -2);
  CHECK(&fourth.asRead(0) == &first[1]);
  CHECK(fourth[0] == Item("b", 23));

  // From one that was read: from the placed copy, which the lists then share.
  SharedList<Item> fifth;
  fifth.pushMoved(second, 1, 0);
  CHECK(&fifth[0] == &second[1]);
  CHECK(fifth.shared(0) == second.shared(1));
}

TEST_CASE("changing a moved element moves it first, and leaves the list it came from alone") {
  SharedList<Item> first{{"a", 10}};
  SharedList<Item> second;
  second.pushMoved(first, 0, 3);
  second.mutableAt(0).text = "changed";
  CHECK(second[0] == Item("changed", 13));
  CHECK(second.movedSinceRead(0) == 0);
  CHECK(first[0] == Item("a", 10));
}

TEST_CASE("copies of a list share its placed elements, and threads that read one place it once") {
  SharedList<Item> first;
  for (uint32_t i = 0; i < 200; ++i) {
    first.push_back(Item("x", i));
  }
  SharedList<Item> second;
  for (std::size_t i = 0; i < first.size(); ++i) {
    second.pushMoved(first, i, 1);
  }
  // Four threads read every element at once; all must see the same placed object.
  std::vector<std::vector<const Item*>> seen(4);
  std::vector<std::thread> readers;
  readers.reserve(seen.size());
  for (auto& addresses : seen) {
    readers.emplace_back([&second, &addresses] {
      for (const auto& item : second) {
        addresses.push_back(&item);
      }
    });
  }
  for (auto& reader : readers) {
    reader.join();
  }
  for (const auto& addresses : seen) {
    CHECK(addresses == seen.front());
  }
  const SharedList<Item> copy = second; // NOLINT(performance-unnecessary-copy-initialization)
  CHECK(&copy[7] == &second[7]);
  CHECK(copy[7] == Item("x", 8));
}
