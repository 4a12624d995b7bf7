#include "publish/http_target.h"

#include <chrono>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <curl/curl.h>
#include <nlohmann/json.hpp>

#include "publish/package.h"
#include "publish/sha256.h"
#include "support/file_io.h"

namespace oxt::publish {

namespace {

using Json = nlohmann::ordered_json;

struct Response {
  long status = 0;
  std::string body;
};

struct Failure {
  std::string message;
  bool cancelled = false;
};

struct Body {
  const std::string* bytes = nullptr;
  std::size_t offset = 0;
};

struct Transfer {
  const std::atomic<bool>* cancel = nullptr;
  const CopyProgress* progress = nullptr;
};

extern "C" size_t onWrite(char* data, size_t size, size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

extern "C" size_t onRead(char* buffer, size_t size, size_t count, void* user) {
  auto* body = static_cast<Body*>(user);
  const auto n = std::min(size * count, body->bytes->size() - body->offset);
  std::copy_n(body->bytes->data() + body->offset, n, buffer);
  body->offset += n;
  return n;
}

extern "C" int onProgress(void* user, curl_off_t /*dltotal*/, curl_off_t /*dlnow*/,
                          curl_off_t ultotal, curl_off_t ulnow) {
  const auto* transfer = static_cast<Transfer*>(user);
  if (transfer->progress != nullptr && *transfer->progress && ultotal > 0) {
    (*transfer->progress)(static_cast<uint64_t>(ulnow), static_cast<uint64_t>(ultotal));
  }
  return transfer->cancel->load() ? 1 : 0; // non-zero aborts the transfer
}

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct HeadersDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

std::string reason(long status) {
  switch (status) {
  case 401:
    return "401 Unauthorized";
  case 403:
    return "403 Forbidden";
  case 404:
    return "404 Not Found";
  case 409:
    return "409 Conflict";
  case 500:
    return "500 Internal Server Error";
  case 502:
    return "502 Bad Gateway";
  case 503:
    return "503 Service Unavailable";
  default:
    return std::to_string(status);
  }
}

/// One target's requests, with its credentials and retries. The credentials stay
/// in this object: messages name the variable, never its value.
class Session {
public:
  Session(const HttpSettings& settings, const std::atomic<bool>& cancel)
      : settings_(settings), cancel_(cancel) {
    static std::once_flag initialized;
    std::call_once(initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  }

  /// Reads the credentials; an error when the variable is not set.
  std::optional<Failure> open() {
    if (settings_.auth == HttpAuth::None) {
      return std::nullopt;
    }
    const char* value =
        std::getenv(settings_.credentialsEnv.c_str()); // NOLINT(concurrency-mt-unsafe)
    if (value == nullptr || *value == '\0') {
      return Failure{"the environment variable " + settings_.credentialsEnv +
                     " (the credentials of the target) is not set"};
    }
    credentials_ = value;
    return std::nullopt;
  }

  std::variant<Response, Failure> request(const std::string& method, const std::string& url,
                                          const std::string* body = nullptr,
                                          const CopyProgress* progress = nullptr) {
    auto delay = std::chrono::milliseconds(settings_.retryDelayMs);
    for (int attempt = 0;; ++attempt) {
      auto result = once(method, url, body, progress);
      const auto* response = std::get_if<Response>(&result);
      const bool retryable =
          response != nullptr ? response->status >= 500 : !std::get<Failure>(result).cancelled;
      if (!retryable || attempt >= settings_.retries) {
        if (const auto* failure = std::get_if<Failure>(&result); failure && attempt > 0) {
          return Failure{failure->message + " (after " + std::to_string(attempt + 1) + " attempts)",
                         failure->cancelled};
        }
        return result;
      }
      // Back-off, cancellable.
      const auto until = std::chrono::steady_clock::now() + delay;
      while (std::chrono::steady_clock::now() < until) {
        if (cancel_.load()) {
          return Failure{"cancelled while uploading", true};
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      delay *= 2;
    }
  }

  /// "PUT https://…/x: 401 Unauthorized (check the credentials in $VAR)".
  [[nodiscard]] std::string statusError(const std::string& method, const std::string& url,
                                        long status) const {
    auto message = method + " " + url + ": " + reason(status);
    if (status == 401 || status == 403) {
      message += settings_.auth == HttpAuth::None
                     ? " (the target needs credentials: set 'auth' and 'credentials' in oxt.json)"
                     : " (check the credentials in $" + settings_.credentialsEnv + ")";
    }
    return message;
  }

private:
  std::variant<Response, Failure> once(const std::string& method, const std::string& url,
                                       const std::string* body, const CopyProgress* progress) {
    const std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
      return Failure{"cannot start an HTTP request"};
    }
    Response response;
    Body upload{body, 0};
    Transfer transfer{&cancel_, progress};
    std::unique_ptr<curl_slist, HeadersDeleter> headers;
    std::array<char, CURL_ERROR_SIZE> error{};
    auto* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error.data());
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(settings_.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, onWrite);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, &transfer);
    if (method == "PUT") {
      curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
      curl_easy_setopt(handle, CURLOPT_READFUNCTION, onRead);
      curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
      curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE,
                       static_cast<curl_off_t>(body == nullptr ? 0 : body->size()));
      headers.reset(curl_slist_append(nullptr, "Expect:"));
    } else if (method == "HEAD") {
      curl_easy_setopt(handle, CURLOPT_NOBODY, 1L);
    } else if (method != "GET") {
      curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, method.c_str());
    }
    std::string authorization;
    if (settings_.auth == HttpAuth::Bearer) {
      authorization = "Authorization: Bearer " + credentials_;
      headers.reset(curl_slist_append(headers.release(), authorization.c_str()));
    } else if (settings_.auth == HttpAuth::Basic) {
      curl_easy_setopt(handle, CURLOPT_USERPWD, credentials_.c_str());
    }
    if (headers) {
      curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
    }
    const auto code = curl_easy_perform(handle);
    if (code == CURLE_ABORTED_BY_CALLBACK) {
      return Failure{"cancelled while uploading", true};
    }
    if (code != CURLE_OK) {
      const std::string detail = error[0] != '\0' ? error.data() : curl_easy_strerror(code);
      return Failure{method + " " + url + ": " + detail};
    }
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
  }

  const HttpSettings& settings_;
  const std::atomic<bool>& cancel_;
  std::string credentials_;
};

std::string versionUrl(const HttpUploadJob& job) {
  return job.settings.url + "/" + job.extension + "/" + job.version;
}

bool success(long status) { return status >= 200 && status < 300; }

void deleteAll(Session& session, const std::vector<std::string>& urls) {
  for (const auto& url : urls) {
    (void)session.request("DELETE", url);
  }
}

} // namespace

std::variant<HttpStaged, TargetError> uploadToHttp(const HttpUploadJob& job,
                                                   const std::atomic<bool>& cancel,
                                                   const CopyProgress& progress) {
  Session session(job.settings, cancel);
  if (auto failure = session.open()) {
    return TargetError{failure->message};
  }
  HttpStaged staged;
  staged.folderUrl = versionUrl(job);
  const auto fail = [&](std::string message,
                        bool cancelled) -> std::variant<HttpStaged, TargetError> {
    const std::atomic<bool> never{false};
    Session cleanup(job.settings, never);
    (void)cleanup.open();
    deleteAll(cleanup, staged.uploaded);
    return TargetError{std::move(message), cancelled};
  };
  // Pre-check: a version with a manifest is published.
  const auto manifestUrl = staged.folderUrl + "/manifest.json";
  auto head = session.request("HEAD", manifestUrl);
  if (auto* failure = std::get_if<Failure>(&head)) {
    return TargetError{failure->message, failure->cancelled};
  }
  const auto headStatus = std::get<Response>(head).status;
  if (success(headStatus) && !job.force) {
    return TargetError{job.extension + " " + job.version + " is already published to '" +
                           job.targetName + "' (" + staged.folderUrl +
                           "): raise @version, or publish with --force to replace it",
                       false, true};
  }
  if (!success(headStatus) && headStatus != 404) {
    return TargetError{session.statusError("HEAD", manifestUrl, headStatus)};
  }
  auto bytes = readFile(job.package);
  if (auto* error = std::get_if<FileError>(&bytes)) {
    return TargetError{error->message};
  }
  const auto& package = std::get<std::string>(bytes);
  const auto packageUrl = staged.folderUrl + "/" + job.package.filename().string();
  const std::string shaText = job.sha256 + "  " + job.package.filename().string() + "\n";
  for (const auto& [url, body] :
       {std::pair{packageUrl, &package}, std::pair{packageUrl + ".sha256", &shaText}}) {
    auto put = session.request("PUT", url, body, url == packageUrl ? &progress : nullptr);
    if (auto* failure = std::get_if<Failure>(&put)) {
      return fail(failure->message, failure->cancelled);
    }
    const auto status = std::get<Response>(put).status;
    if (status == 409) {
      auto refused =
          fail(job.extension + " " + job.version + " is already published to '" + job.targetName +
                   "' (PUT " + url + ": 409 Conflict): publish with --force to replace it",
               false);
      std::get<TargetError>(refused).alreadyPublished = true;
      return refused;
    }
    if (!success(status)) {
      return fail(session.statusError("PUT", url, status), false);
    }
    staged.uploaded.push_back(url);
  }
  // Read back what the server stored.
  auto get = session.request("GET", packageUrl);
  if (auto* failure = std::get_if<Failure>(&get)) {
    return fail(failure->message, failure->cancelled);
  }
  const auto& stored = std::get<Response>(get);
  if (!success(stored.status)) {
    return fail(session.statusError("GET", packageUrl, stored.status), false);
  }
  if (sha256Hex(stored.body) != job.sha256) {
    return fail("the package the server returns differs from the one sent (SHA-256 mismatch): " +
                    packageUrl,
                false);
  }
  if (cancel.load()) {
    return fail("cancelled while uploading", true);
  }
  return staged;
}

std::variant<std::string, TargetError>
commitToHttp(const HttpUploadJob& job, const HttpStaged& staged, const std::atomic<bool>& cancel) {
  Session session(job.settings, cancel);
  if (auto failure = session.open()) {
    discardHttp(job, staged);
    return TargetError{failure->message};
  }
  const auto manifestUrl = staged.folderUrl + "/manifest.json";
  auto put = session.request("PUT", manifestUrl, &job.manifest);
  const auto fail = [&](std::string message) -> std::variant<std::string, TargetError> {
    discardHttp(job, staged);
    return TargetError{std::move(message)};
  };
  if (auto* failure = std::get_if<Failure>(&put)) {
    return fail(failure->message);
  }
  if (!success(std::get<Response>(put).status)) {
    return fail(session.statusError("PUT", manifestUrl, std::get<Response>(put).status));
  }
  // The index: read, extend, write back (last writer wins on a race; the version
  // folders stay the truth).
  const auto indexUrl = job.settings.url + "/index.json";
  Json index = {{"format", 1}, {"extensions", Json::object()}};
  auto get = session.request("GET", indexUrl);
  if (const auto* response = std::get_if<Response>(&get); response && success(response->status)) {
    auto parsed = Json::parse(response->body, nullptr, false);
    if (parsed.is_object() && parsed.contains("extensions") && parsed["extensions"].is_object()) {
      index = std::move(parsed);
    }
  }
  auto& list = index["extensions"][job.extension];
  if (!list.is_array()) {
    list = Json::array();
  }
  for (auto it = list.begin(); it != list.end();) {
    it = it->is_object() && it->value("version", std::string()) == job.version ? list.erase(it)
                                                                               : it + 1;
  }
  list.push_back(
      {{"version", job.version}, {"createdUtc", job.createdUtc}, {"sha256", job.sha256}});
  const auto text = index.dump(2) + "\n";
  auto putIndex = session.request("PUT", indexUrl, &text);
  if (auto* failure = std::get_if<Failure>(&putIndex)) {
    return TargetError{"published to " + staged.folderUrl +
                       " but index.json could not be written: " + failure->message};
  }
  if (!success(std::get<Response>(putIndex).status)) {
    return TargetError{"published to " + staged.folderUrl + " but " +
                       session.statusError("PUT", indexUrl, std::get<Response>(putIndex).status)};
  }
  return staged.folderUrl;
}

void discardHttp(const HttpUploadJob& job, const HttpStaged& staged) {
  const std::atomic<bool> never{false};
  Session session(job.settings, never);
  if (!session.open()) {
    deleteAll(session, staged.uploaded);
  }
}

std::variant<std::vector<PublishedVersion>, TargetError>
listHttpVersions(const HttpSettings& settings, const std::string& extension) {
  const std::atomic<bool> never{false};
  Session session(settings, never);
  if (auto failure = session.open()) {
    return TargetError{failure->message};
  }
  const auto url = settings.url + "/index.json";
  auto get = session.request("GET", url);
  if (auto* failure = std::get_if<Failure>(&get)) {
    return TargetError{failure->message};
  }
  const auto& response = std::get<Response>(get);
  if (response.status == 404) {
    return std::vector<PublishedVersion>{};
  }
  if (!success(response.status)) {
    return TargetError{session.statusError("GET", url, response.status)};
  }
  return parseIndex(response.body, extension, url);
}

} // namespace oxt::publish
