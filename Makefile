# ptool-ts: `make run` installs and runs an example, `make test` runs every check.
NODE ?= node
LUA ?= lua5.4

.PHONY: all install build run test typecheck check-deps format-check format goldens fuzz hostile bench clean

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

PRETTIER_FILES = "compiler/**/*.ts" "runtime/**/*.ts" "cli/**/*.ts" "api/**/*.ts" "test/**/*.mjs" "bench/**/*.mjs" "examples/embed/*.ts" "examples/embed/*.mjs" esbuild.config.mjs

format-check: install
	npx prettier --check --log-level warn $(PRETTIER_FILES)

format: install
	npx prettier --write --log-level warn $(PRETTIER_FILES)

test: build typecheck check-deps format-check
	$(NODE) --test --test-concurrency=2 test/*.test.mjs

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

clean:
	rm -rf dist
