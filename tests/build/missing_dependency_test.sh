#!/usr/bin/env bash
# Configures oxt with one dependency hidden at a time and checks that CMake stops
# with a message naming the Debian package to install (not a CMake call stack).
#   missing_dependency_test.sh CMAKE SOURCE_DIR SCRATCH_DIR
set -u
cmake=$1 source=$2 scratch=$3
status=0
expect() { # expect DESCRIPTION PACKAGE CMAKE-ARGS...
  local what=$1 package=$2
  shift 2
  rm -rf "$scratch"
  local output
  output=$("$cmake" -S "$source" -B "$scratch" -G Ninja "$@" 2>&1)
  if [ $? -eq 0 ]; then
    echo "FAIL: configuring without $what succeeded"
    status=1
  elif ! grep -q "Debian package '$package'" <<<"$output" ||
    ! grep -q "sudo apt-get install.*$package" <<<"$output"; then
    echo "FAIL: configuring without $what did not name '$package':"
    echo "$output"
    status=1
  else
    echo "ok: without $what, CMake names '$package'"
  fi
}
expect spdlog libspdlog-dev -DCMAKE_DISABLE_FIND_PACKAGE_spdlog=ON
expect nlohmann/json nlohmann-json3-dev -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON
expect simdjson libsimdjson-dev -DCMAKE_DISABLE_FIND_PACKAGE_simdjson=ON
expect Catch2 catch2 -DCMAKE_DISABLE_FIND_PACKAGE_Catch2=ON
expect CLI11 libcli11-dev -DCMAKE_DISABLE_FIND_PACKAGE_CLI11=ON
expect OpenSSL libssl-dev -DCMAKE_DISABLE_FIND_PACKAGE_OpenSSL=ON
expect asio libasio-dev "-DCMAKE_IGNORE_PATH=/usr/include"
# pkg-config finds tree-sitter: point it at an empty folder.
PKG_CONFIG_LIBDIR=$scratch-empty expect tree-sitter libtree-sitter-dev
# libzip likewise: a folder with tree-sitter's .pc file only.
mkdir -p "$scratch-zipless"
cp "$(pkg-config --variable=pcfiledir tree-sitter)/tree-sitter.pc" "$scratch-zipless/"
PKG_CONFIG_LIBDIR=$scratch-zipless expect libzip libzip-dev
# libcurl: tree-sitter's and libzip's .pc files only.
cp "$(pkg-config --variable=pcfiledir libzip)/libzip.pc" "$scratch-zipless/"
PKG_CONFIG_LIBDIR=$scratch-zipless expect libcurl libcurl4-openssl-dev
rm -rf "$scratch-zipless"
rm -rf "$scratch"
exit $status
