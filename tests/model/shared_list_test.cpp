// SharedList: read like a vector of values; an element shared by two lists is one
// object, and changing it through one list leaves the other as it was.
#include <algorithm>
#include <stdexcept>
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "model/shared_list.h"

using oxt::model::SharedList;

TEST_CASE("a shared list reads like a vector of its elements") {
  SharedList<std::string> list{"a", "b"};
  list.push_back(std::string("c"));
  REQUIRE(list.size() == 3);
  CHECK(list.front() == "a");
  CHECK(list[1] == "b");
  CHECK(list.back() == "c");
  CHECK(std::find(list.begin(), list.end(), "b") - list.begin() == 1);
  CHECK_THROWS_AS(list.at(3), std::out_of_range);
  CHECK(list == SharedList<std::string>{"a", "b", "c"});
  CHECK_FALSE(list == SharedList<std::string>{"a", "b"});
  CHECK_FALSE(list == SharedList<std::string>{"a", "b", "x"});
}

TEST_CASE("changing an element two lists share copies it first") {
  SharedList<std::string> first{"a", "b"};
  SharedList<std::string> second;
  second.push_back(first.shared(0));
  second.push_back(first.shared(1));
  CHECK(&first[0] == &second[0]);

  second.mutableAt(0) = "changed";
  CHECK(first[0] == "a");
  CHECK(second[0] == "changed");
  CHECK(&first[1] == &second[1]); // the other element is still shared

  // An element only one list holds is changed where it is.
  const auto* before = &second[0];
  second.mutableAt(0) += "!";
  CHECK(&second[0] == before);
  CHECK(second[0] == "changed!");
}
