#!/usr/bin/env bash
# `oxt publish` to an http target: nginx (Debian's, with its WebDAV module) started
# here on 127.0.0.1 with basic authentication. Publishes an example and lists it
# back; refuses a published version unless --force; wrong credentials (401), a
# server that is down (retried), one that never answers (timeout, retried) and 500s
# (retried) fail with a message that names
# the cause and leave the server as it was; the credentials never appear in any
# output or log.
#   publish_http_test.sh OXT SOURCE_DIR
set -u
oxt=$(realpath "$1") source=$(realpath "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/oxt-publish-http.XXXXXX")
nginx_pid=
silent_pid=
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  [ -n "$silent_pid" ] && kill "$silent_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

for tool in nginx mcs openssl python3; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    echo "FAIL: $tool is not installed (Debian packages: nginx-light, mono-mcs, openssl, python3)"
    exit 1
  fi
done
nginx=$(command -v nginx || echo /usr/sbin/nginx)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
dead_port=$(free_port)
# A server that accepts connections and never answers: for the timeout.
silent_port=$(free_port)
python3 -c 'import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(__import__("sys").argv[1]))); s.listen(16)
held = []
while True:
    held.append(s.accept()[0])' "$silent_port" &
silent_pid=$!
secret="s3cr3t-$RANDOM$RANDOM"
mkdir -p "$work/www" "$work/tmp"
printf 'oxt:%s\n' "$(openssl passwd -apr1 "$secret")" >"$work/htpasswd"
cat >"$work/nginx.conf" <<CONF
daemon off;
user root;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
  access_log $work/access.log;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  server {
    listen 127.0.0.1:$port;
    root $work/www;
    client_max_body_size 100m;
    location /broken/ { return 500; }
    location / {
      dav_methods PUT DELETE MKCOL;
      create_full_put_path on;
      auth_basic "oxt";
      auth_basic_user_file $work/htpasswd;
    }
  }
}
CONF
"$nginx" -c "$work/nginx.conf" -p "$work" >"$work/nginx.out" 2>&1 &
nginx_pid=$!
python3 - "$port" <<'PY' || { echo "FAIL: nginx did not start: $(cat "$work/nginx.out" "$work/error.log" 2>/dev/null)"; exit 1; }
import socket, sys, time
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.05)
sys.exit(1)
PY

cp -r "$source/examples" "$work/ws"
cd "$work/ws" || exit 1
mcs -nologo -target:library -out:"$work/StandIn.dll" -r:System.Data.dll -r:System.Xml.dll \
  "$source"/tests/codegen/runtime_stand_in/*.cs || exit 1
cat >oxt.json <<JSON
{
  "targets": {
    "web": {"type": "http", "url": "http://127.0.0.1:$port/repo", "auth": "basic",
            "credentials": "OXT_TEST_CREDENTIALS", "default": true, "retryDelayMs": 10},
    "down": {"type": "http", "url": "http://127.0.0.1:$dead_port/repo", "auth": "basic",
             "credentials": "OXT_TEST_CREDENTIALS", "retries": 2, "retryDelayMs": 10},
    "broken": {"type": "http", "url": "http://127.0.0.1:$port/broken", "auth": "basic",
               "credentials": "OXT_TEST_CREDENTIALS", "retries": 2, "retryDelayMs": 10},
    "silent": {"type": "http", "url": "http://127.0.0.1:$silent_port/repo", "auth": "basic",
               "credentials": "OXT_TEST_CREDENTIALS", "retries": 1, "retryDelayMs": 10,
               "timeoutSeconds": 1}
  },
  "compile": {"references": ["$work/StandIn.dll"]}
}
JSON
outputs="$work/outputs"
mkdir -p "$outputs"
n=0
run() { # run EXPECTED-EXIT ARGS...: runs oxt with the log at trace level; output in $out
  local expected=$1
  shift
  n=$((n + 1))
  out=$("$oxt" --log-level trace "$@" 2>&1)
  local code=$?
  printf '%s\n' "$out" >"$outputs/run$n.txt"
  [ $code -eq "$expected" ] || fail "oxt $* exited $code, not $expected: $out"
}
snapshot() { (cd "$work/www" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }

export OXT_TEST_CREDENTIALS="oxt:$secret"
run 0 publish MortgageLib/MortgageLib.oxt
grep -q "^MortgageLib 1.0.0 published to 'web' (http://127.0.0.1:$port/repo/MortgageLib/1.0.0)" <<<"$out" ||
  fail "no summary: $out"
[ -f "$work/www/repo/MortgageLib/1.0.0/MortgageLib-1.0.0.oxtpkg" ] || fail "the package is not on the server"
[ -f "$work/www/repo/MortgageLib/1.0.0/manifest.json" ] || fail "the manifest is not on the server"
cmp -s "$work/www/repo/MortgageLib/1.0.0/MortgageLib-1.0.0.oxtpkg" \
  MortgageLib/MortgageLib/Build/MortgageLib-1.0.0.oxtpkg || fail "the server's package differs"
run 0 publish DocumentTools/DocumentTools.oxt
run 0 versions
grep -q "^MortgageLib 1.0.0 " <<<"$out" || fail "versions does not list MortgageLib: $out"
grep -q "^DocumentTools 0.4.0 " <<<"$out" || fail "versions does not list DocumentTools: $out"
before=$(snapshot)

# Already published: refused unless --force.
run 1 publish MortgageLib/MortgageLib.oxt
grep -q "already published to 'web'.*--force" <<<"$out" || fail "no 'already published': $out"
[ "$(snapshot)" = "$before" ] || fail "a refused publish changed the server"
run 0 publish --force MortgageLib/MortgageLib.oxt

# Wrong credentials: 401, named, nothing written.
sed -i 's/@version("1.0.0")/@version("1.1.0")/' MortgageLib/MortgageLib.oxt
before=$(snapshot)
OXT_TEST_CREDENTIALS="oxt:wrong-$secret" run 2 publish MortgageLib/MortgageLib.oxt
grep -q "401 Unauthorized (check the credentials in \$OXT_TEST_CREDENTIALS)" <<<"$out" ||
  fail "no 401 message: $out"
[ "$(snapshot)" = "$before" ] || fail "a 401 changed the server"
# No credentials at all.
OXT_TEST_CREDENTIALS= run 2 publish MortgageLib/MortgageLib.oxt
grep -q "OXT_TEST_CREDENTIALS (the credentials of the target) is not set" <<<"$out" ||
  fail "no message about the missing variable: $out"

# Server down: retried, then named.
run 2 publish --target down MortgageLib/MortgageLib.oxt
grep -q "Publish failed at Upload: HEAD http://127.0.0.1:$dead_port/repo/MortgageLib/1.1.0/manifest.json: .*(after 3 attempts)" <<<"$out" ||
  fail "no 'server down' message: $out"
# 500: retried, then named.
run 2 publish --target broken MortgageLib/MortgageLib.oxt
grep -q "500 Internal Server Error" <<<"$out" || fail "no 500 message: $out"
[ "$(grep -c 'HEAD /broken/MortgageLib/1.1.0/manifest.json' "$work/access.log")" -eq 3 ] ||
  fail "the 500 was not retried twice: $(grep broken "$work/access.log")"
# A server that never answers: each request times out (timeoutSeconds), retried once.
started=$SECONDS
run 2 publish --target silent MortgageLib/MortgageLib.oxt
grep -qi "timed out.*(after 2 attempts)" <<<"$out" || fail "no timeout message: $out"
[ $((SECONDS - started)) -lt 20 ] || fail "the timeout took $((SECONDS - started)) s"
[ "$(snapshot)" = "$before" ] || fail "failed publishes changed the server"

# Published after all.
run 0 publish MortgageLib/MortgageLib.oxt
run 0 versions MortgageLib/MortgageLib.oxt
[ "$(grep -c '^MortgageLib ' <<<"$out")" -eq 2 ] || fail "versions does not list 2 MortgageLib versions: $out"

# The credentials never appear: not in any output (log at trace level), nor in the
# server's log.
if grep -rl -- "$secret" "$outputs" "$work/access.log" "$work/error.log" "$work/ws/oxt.json"; then
  fail "the secret appears in the files above"
fi
[ $status -eq 0 ] && echo "ok: publish to an http target (nginx WebDAV, basic auth)"
exit $status
