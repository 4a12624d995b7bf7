// Raw framing through the real transport: a Connection over a socket pair, read on
// an asio io_context, written with Content-Length headers.
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <asio/io_context.hpp>
#include <asio/local/connect_pair.hpp>
#include <asio/local/stream_protocol.hpp>
#include <asio/read.hpp>
#include <asio/write.hpp>
#include <catch2/catch_test_macros.hpp>

#include "transport/connection.h"
#include "transport/frame_reader.h"
#include "transport/pipe_capacity.h"
#include "transport/tcp_listener.h"

TEST_CASE("a connection reads framed messages in stream order and reports the end") {
  asio::io_context context;
  asio::local::stream_protocol::socket client(context);
  asio::local::stream_protocol::socket server(context);
  asio::local::connect_pair(client, server);
  auto connection =
      oxt::transport::makeStdioConnection(context, server.native_handle(), server.native_handle());
  server.close();

  std::vector<std::string> messages;
  std::vector<std::string> problems;
  std::string closedReason = "not closed";
  connection->start({[&](std::string body) { messages.push_back(std::move(body)); },
                     [&](std::string problem) { problems.push_back(std::move(problem)); },
                     [&](std::string reason) { closedReason = std::move(reason); }});

  const std::string input = "Content-Length: 2\r\n\r\n{}garbage\r\nContent-Length: 7\r\n"
                            "Content-Length: 7\r\n\r\n[1,2,3]Content-Length: 9\r\n\r\n{\"cut\"";
  asio::write(client, asio::buffer(input));
  client.shutdown(asio::socket_base::shutdown_send);
  context.run();

  CHECK(messages == std::vector<std::string>{"{}", "[1,2,3]"});
  CHECK(problems.size() == 1); // the garbage line
  CHECK(closedReason == "the input ended 3 bytes before the end of a message");

  // Writes are framed.
  CHECK(connection->send("{\"x\":1}"));
  std::string written(std::string("Content-Length: 7\r\n\r\n{\"x\":1}").size(), '\0');
  asio::read(client, asio::buffer(written));
  CHECK(written == "Content-Length: 7\r\n\r\n{\"x\":1}");

  // A body too large to be copied behind its header is written after it: the same bytes.
  std::string large = "[";
  while (large.size() < std::size_t{300} * 1024) {
    large += "123456789,";
  }
  large += "0]";
  bool sent = false;
  std::thread writer([&] { sent = connection->send(large); }); // the reader must drain it
  std::string received(oxt::transport::frame(large).size(), '\0');
  asio::read(client, asio::buffer(received));
  writer.join();
  CHECK(sent);
  CHECK(received == "Content-Length: " + std::to_string(large.size()) + "\r\n\r\n" + large);

  // A message in parts is one message: its header counts every part, and the parts
  // follow it in order, small or large.
  for (const std::string_view result : {std::string_view("[1]"), std::string_view(large)}) {
    const std::array<std::string_view, 3> parts{R"({"id":1,"result":)", result, "}"};
    const auto whole = std::string(parts[0]) + std::string(result) + "}";
    std::thread partsWriter([&] { sent = connection->send(parts); });
    std::string framed(oxt::transport::frame(whole).size(), '\0');
    asio::read(client, asio::buffer(framed));
    partsWriter.join();
    CHECK(sent);
    CHECK(framed == oxt::transport::frame(whole));
  }
}

namespace {

/// The largest pipe this user may make (Linux: /proc/sys/fs/pipe-max-size).
std::size_t pipeLimit() {
  std::ifstream in("/proc/sys/fs/pipe-max-size");
  std::size_t limit = 0;
  in >> limit;
  return limit;
}

} // namespace

TEST_CASE("a stdio connection widens its pipes, so that large replies pass in few rounds") {
  std::array<int, 2> toServer{};
  std::array<int, 2> fromServer{};
  REQUIRE(::pipe(toServer.data()) == 0);
  REQUIRE(::pipe(fromServer.data()) == 0);
  const auto before = static_cast<std::size_t>(::fcntl(fromServer[1], F_GETPIPE_SZ));
  {
    asio::io_context context;
    auto connection = oxt::transport::makeStdioConnection(context, toServer[0], fromServer[1]);
  }
  // The connection wrote to duplicates of the descriptors: the pipes themselves changed.
  const auto expected = std::max(before, std::min(oxt::transport::kWidePipeBytes, pipeLimit()));
  CHECK(static_cast<std::size_t>(::fcntl(fromServer[1], F_GETPIPE_SZ)) == expected);
  CHECK(static_cast<std::size_t>(::fcntl(toServer[0], F_GETPIPE_SZ)) == expected);
  if (pipeLimit() >= oxt::transport::kWidePipeBytes) {
    CHECK(expected > before);
  }
  for (const int fd : {toServer[0], toServer[1], fromServer[0], fromServer[1]}) {
    ::close(fd);
  }
}

TEST_CASE("widening leaves what is not a pipe as it is") {
  std::array<int, 2> sockets{};
  REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, sockets.data()) == 0);
  CHECK(oxt::transport::widenPipe(sockets[0]) == 0);
  CHECK(oxt::transport::widenPipe(-1) == 0);
  ::close(sockets[0]);
  ::close(sockets[1]);
}

TEST_CASE("listen addresses: loopback by default, errors named") {
  std::string error;
  const auto port = oxt::transport::parseListenAddress("4389", error);
  REQUIRE(port);
  CHECK(port->host == "127.0.0.1");
  CHECK(port->port == 4389);
  const auto v6 = oxt::transport::parseListenAddress("[::1]:0", error);
  REQUIRE(v6);
  CHECK(v6->host == "::1");
  CHECK_FALSE(oxt::transport::parseListenAddress("localhost:80000", error));
  CHECK(error.find("port") != std::string::npos);
  CHECK_FALSE(oxt::transport::parseListenAddress("nowhere:80", error));
  CHECK(error.find("not an IP address") != std::string::npos);
}

TEST_CASE("a TCP listener serves a client on its own connection") {
  oxt::transport::TcpListener listener({"127.0.0.1", 0});
  asio::io_context session;
  asio::ip::tcp::socket client(session);
  client.connect({asio::ip::make_address("127.0.0.1"), listener.port()});
  std::error_code error;
  auto connection = listener.accept(session, error);
  REQUIRE(connection);
  std::vector<std::string> messages;
  connection->start({[&](std::string body) {
                       messages.push_back(std::move(body));
                       session.stop();
                     },
                     [](const std::string&) {}, [](const std::string&) {}});
  asio::write(client, asio::buffer(oxt::transport::frame("{}")));
  session.run();
  CHECK(messages == std::vector<std::string>{"{}"});
}
