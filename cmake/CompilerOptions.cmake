# Warnings and sanitizers for oxt's own targets (not for the generated parser).
add_library(oxt_compile_options INTERFACE)
add_library(oxt::compile_options ALIAS oxt_compile_options)

target_compile_options(oxt_compile_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
  -Wimplicit-fallthrough -Wformat=2)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC's checks of null dereferences and overlapping copies run after inlining, so
  # at -O3 they fire inside the libraries' headers: asio's epoll reactor and
  # nlohmann's conversions (-Wnull-dereference), libstdc++'s string concatenation
  # (-Wrestrict, GCC bug 105329). The release build printed two dozen warnings about
  # code that is not ours. Clang checks null dereferences in our code as written.
  # Only in Release (-O3), where they fire, so that clang-tidy, which reads the dev
  # build's commands, is not handed an option clang does not know.
  target_compile_options(oxt_compile_options INTERFACE $<$<CONFIG:Release>:-Wno-restrict>)
else()
  target_compile_options(oxt_compile_options INTERFACE -Wnull-dereference)
endif()
if(OXT_WARNINGS_AS_ERRORS)
  target_compile_options(oxt_compile_options INTERFACE -Werror)
endif()

if(OXT_SANITIZE)
  # Applied globally so that every object, tests included, is instrumented alike.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

if(OXT_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "The fuzzers need clang (Debian packages 'clang' and 'libclang-rt-14-dev'): "
      "configure with the fuzz preset")
  endif()
  # Every object is instrumented for coverage and checked by the sanitizers; only
  # the fuzz targets link libFuzzer's main.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
