# Two commands on a fresh machine: `make run` (the sidecar, embedded defaults)
# and `make test` (everything CI runs). Both install what they need.
NODE_MODULES_STAMP := node_modules/.package-lock.json

.PHONY: run test build install typecheck bench eval demo scan-example image clean

$(NODE_MODULES_STAMP): package.json package-lock.json
	npm ci

install: $(NODE_MODULES_STAMP)

build: install
	npm run build

run: build
	node dist/cli.js serve

test: build
	./scripts/ensure-promtool.sh
	npm run typecheck
	npx jest --ci

bench: build
	npm run bench

eval: build
	npm run eval

scan-example: build
	node dist/cli.js scan --input examples/traffic.jsonl --output /dev/stdout

demo: build
	node dist/cli.js demo

image:
	docker build -t apiward:dev .

clean:
	rm -rf dist build coverage
