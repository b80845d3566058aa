# ptool-ts: `make run` installs and runs an example, `make test` runs every check.
NODE ?= node
LUA ?= lua5.4

.PHONY: all install build run test typecheck check-deps format-check format goldens fuzz hostile bench clean etcd-deps etcd bench-etcd

all: build

node_modules/.package-lock.json: package.json
	npm install --no-audit --no-fund
	@touch $@

install: node_modules/.package-lock.json

build: install
	$(NODE) esbuild.config.mjs
	npx tsc -p tsconfig.types.json

run: build
	bin/ptool run examples/hello.lua

typecheck: install
	npx tsc --noEmit -p .

# compiler/ and runtime/ must not import each other (runtime/abi-names.ts is the shared ABI list).
check-deps:
	@! grep -rnE "from \"(\.\./)+runtime/" compiler --include=*.ts | grep -v "runtime/abi-names.js" || (echo "compiler/ imports runtime/"; exit 1)
	@! grep -rnE "from \"(\.\./)+compiler/" runtime --include=*.ts || (echo "runtime/ imports compiler/"; exit 1)

PRETTIER_FILES = "compiler/**/*.ts" "runtime/**/*.ts" "cli/**/*.ts" "api/**/*.ts" "test/**/*.mjs" "test/tstl/*.ts" "bench/**/*.mjs" "examples/embed/*.ts" "examples/embed/*.mjs" esbuild.config.mjs

format-check: install
	npx prettier --check --log-level warn $(PRETTIER_FILES)

format: install
	npx prettier --write --log-level warn $(PRETTIER_FILES)

# The etcd integration tests need a real etcd: on a fresh Debian machine (as root) install it
# with apt-get, running `apt-get update` only when the package lists do not know it yet.
# lua5.4 (the oracle of the random differential tests, which skip without it) is installed the
# same way when possible.
ETCD_PACKAGES = etcd-server etcd-client
etcd-deps:
	@export DEBIAN_FRONTEND=noninteractive; \
	can_apt() { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }; \
	apt_install() { apt-get install -y --no-install-recommends "$$@" || { apt-get update && apt-get install -y --no-install-recommends "$$@"; }; }; \
	if ! command -v etcd >/dev/null 2>&1 || ! command -v etcdctl >/dev/null 2>&1; then \
	    can_apt || { echo "etcd/etcdctl not found: install $(ETCD_PACKAGES) (apt-get as root)"; exit 1; }; \
	    apt_install $(ETCD_PACKAGES) || exit 1; \
	fi; \
	if ! command -v $(LUA) >/dev/null 2>&1; then \
	    { can_apt && apt_install lua5.4; } || echo "lua5.4 not found: the random differential tests will be skipped"; \
	fi

# test/*.test.mjs only: test/helpers/ holds modules, not tests.
test: build typecheck check-deps format-check etcd-deps
	$(NODE) --test --test-concurrency=2 test/*.test.mjs

# A local etcd on 127.0.0.1:2379 for examples/etcd/ (data in a temporary directory, removed
# when it stops; Ctrl-C stops it). With ETCD_PASSWORD=... it enables auth with user root.
ETCD_DEV_DIR = $${TMPDIR:-/tmp}/ptool-etcd-dev.$$$$
etcd: etcd-deps
	@d=$(ETCD_DEV_DIR); \
	env -u ETCD_PASSWORD etcd --name ptool-dev --data-dir "$$d" \
	    --listen-client-urls http://127.0.0.1:2379 --advertise-client-urls http://127.0.0.1:2379 \
	    --listen-peer-urls http://127.0.0.1:2380 --initial-advertise-peer-urls http://127.0.0.1:2380 \
	    --initial-cluster ptool-dev=http://127.0.0.1:2380 --logger zap --log-level warn & pid=$$!; \
	trap 'kill $$pid 2>/dev/null; wait $$pid; rm -rf "$$d"' EXIT; trap 'exit 130' INT TERM; \
	export ETCDCTL_API=3; ctl="etcdctl --endpoints=http://127.0.0.1:2379"; \
	until $$ctl endpoint health >/dev/null 2>&1; do kill -0 $$pid 2>/dev/null || exit 1; sleep 0.2; done; \
	if [ -n "$$ETCD_PASSWORD" ]; then \
	    $$ctl user add "root:$$ETCD_PASSWORD" --interactive=false >/dev/null && \
	    $$ctl user grant-role root root >/dev/null && $$ctl auth enable >/dev/null && echo "auth enabled: user root"; \
	fi; \
	echo "etcd on http://127.0.0.1:2379 (Ctrl-C stops it)"; \
	wait $$pid

goldens:
	scripts/goldens.sh

# Randomised differential testing against lua5.4: N programs from seed SEED on 2 workers;
# each mismatch is minimised and saved as test/lua/fuzz/sSEED.lua with its golden.
N ?= 1000
SEED ?= 1
fuzz: build
	$(NODE) test/fuzz/run.mjs --n $(N) --seed $(SEED) --jobs 2 --batch 20 --save

# Hostile input for the compiler: N mutated corpus files and random bytes, deep nesting, huge literals.
hostile: build
	$(NODE) test/hostile/run.mjs --n $(N) --seed $(SEED)

bench: build
	$(NODE) bench/run.mjs
	bench/hello-bundle.sh
	$(NODE) bench/compile-speed.mjs
	$(NODE) bench/io-bridge.mjs
	$(MAKE) --no-print-directory bench-etcd

# ptool.etcd against a keep-alive Node client on a fresh etcd (ETCD_OPS operations of each kind).
ETCD_OPS ?= 2000
bench-etcd: build etcd-deps
	$(NODE) bench/etcd.mjs $(ETCD_OPS)

clean:
	rm -rf dist
