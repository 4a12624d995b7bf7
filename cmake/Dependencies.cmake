# Finds oxt's dependencies, all from the distribution, the CMake way.
# A dependency that is missing does not stop CMake here: it is added to
# OXT_MISSING_PACKAGES with the Debian package that provides it, and the top-level
# CMakeLists.txt stops once with one message that names them all.

set(OXT_MISSING_PACKAGES "")
set(OXT_MISSING_REASONS "")

function(oxt_missing what debian_package)
  set(OXT_MISSING_PACKAGES ${OXT_MISSING_PACKAGES} ${debian_package} PARENT_SCOPE)
  set(OXT_MISSING_REASONS
    "${OXT_MISSING_REASONS}  - ${what}: Debian package '${debian_package}'\n" PARENT_SCOPE)
endfunction()

# nlohmann/json: the LSP layer's JSON.
find_package(nlohmann_json 3.10 CONFIG QUIET)
if(NOT nlohmann_json_FOUND)
  oxt_missing("nlohmann/json >= 3.10" nlohmann-json3-dev)
endif()

# simdjson: reading messages (a 1 MB didOpen in a millisecond; nlohmann takes nine).
find_package(simdjson CONFIG QUIET)
if(NOT simdjson_FOUND)
  oxt_missing("simdjson" libsimdjson-dev)
endif()

# spdlog (and the fmt it is built with): logging to stderr or a file.
find_package(spdlog CONFIG QUIET)
if(NOT spdlog_FOUND)
  oxt_missing("spdlog" libspdlog-dev)
endif()

# CLI11: the command line of the `oxt` executable.
find_package(CLI11 CONFIG QUIET)
if(NOT CLI11_FOUND)
  oxt_missing("CLI11" libcli11-dev)
endif()

# OpenSSL's libcrypto: SHA-1 for the name-based GUIDs and keys of generated code.
find_package(OpenSSL QUIET COMPONENTS Crypto)
if(NOT OpenSSL_FOUND OR NOT TARGET OpenSSL::Crypto)
  oxt_missing("OpenSSL's libcrypto" libssl-dev)
endif()

# Standalone asio (not Boost.Asio): header only, used with ASIO_STANDALONE.
find_path(ASIO_INCLUDE_DIR NAMES asio.hpp)
if(ASIO_INCLUDE_DIR)
  add_library(oxt_asio INTERFACE)
  target_include_directories(oxt_asio SYSTEM INTERFACE "${ASIO_INCLUDE_DIR}")
  # ASIO_DISABLE_STD_ALIGNED_ALLOC: asio decides between aligned_alloc and operator new
  # from a libstdc++ macro that is defined only when a standard header came before
  # asio's; translation units that include in a different order would then allocate
  # and free its handlers differently (AddressSanitizer: alloc-dealloc-mismatch).
  target_compile_definitions(oxt_asio INTERFACE
    ASIO_STANDALONE ASIO_NO_DEPRECATED ASIO_DISABLE_STD_ALIGNED_ALLOC)
  find_package(Threads REQUIRED)
  target_link_libraries(oxt_asio INTERFACE Threads::Threads)
  add_library(oxt::asio ALIAS oxt_asio)
else()
  oxt_missing("standalone asio" libasio-dev)
endif()

# The tree-sitter runtime (Debian 12: 0.20.7, which loads ABI 14 parsers).
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  # No version constraint: Debian 12 ships 0.20.7 with a .pc file that says 0.6.3.
  # The parser ABI is checked when the language is loaded (syntax_tree.cpp).
  pkg_check_modules(TREE_SITTER QUIET IMPORTED_TARGET tree-sitter)
endif()
if(NOT TREE_SITTER_FOUND)
  if(NOT PKG_CONFIG_FOUND)
    oxt_missing("pkg-config (to find tree-sitter)" pkg-config)
  endif()
  oxt_missing("the tree-sitter runtime >= 0.20" libtree-sitter-dev)
endif()

# libzip: the zip of a published package (publish/package.cpp).
if(PKG_CONFIG_FOUND)
  pkg_check_modules(LIBZIP QUIET IMPORTED_TARGET libzip)
endif()
if(NOT LIBZIP_FOUND)
  if(NOT PKG_CONFIG_FOUND)
    oxt_missing("pkg-config (to find libzip)" pkg-config)
  endif()
  oxt_missing("libzip" libzip-dev)
endif()

# libcurl (OpenSSL flavour): PUT to http/https targets (publish/http_target.cpp).
if(PKG_CONFIG_FOUND)
  pkg_check_modules(LIBCURL QUIET IMPORTED_TARGET libcurl)
endif()
if(NOT LIBCURL_FOUND)
  if(NOT PKG_CONFIG_FOUND)
    oxt_missing("pkg-config (to find libcurl)" pkg-config)
  endif()
  oxt_missing("libcurl" libcurl4-openssl-dev)
endif()

# Catch2 v3: only the tests need it.
if(OXT_BUILD_TESTS)
  find_package(Catch2 3 CONFIG QUIET)
  if(NOT Catch2_FOUND)
    oxt_missing("Catch2 v3 (tests; on Debian 12 from bookworm-backports, scripts/setup enables it)"
      catch2)
  endif()
endif()
