# Shared by the shell benchmarks in src/bench (sourced, not run).

# pid_of URL: the process listening on the URL's port.
pid_of() {
  local port=${1##*:}; port=${port%%/*}
  ss -ltnpH "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1
}

# signin BASE EMAIL PASSWORD: prints "JSESSIONID=…" of a session signed in through the sign-in form.
signin() {
  local jar view; jar=$(mktemp)
  view=$(curl -s -c "$jar" "$1/account/sign-in" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null -H "Origin: $1" --data-urlencode "signin=signin" --data-urlencode "signin:email=$2" \
    --data-urlencode "signin:password=$3" --data-urlencode "signin:submit=" --data-urlencode "jakarta.faces.ViewState=$view" "$1/account/sign-in"
  awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar"; rm -f "$jar"
}
