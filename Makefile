# Switchboard: the two commands a new machine needs are `make demo` and `make test`.
# Everything is installed from Debian's packages by `make deps`, only what is missing.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
DEMO_DIR ?= $(HOME)/.local/share/switchboard-demo

# Exactly the Debian packages the build, the tests and the demo need.
DEB_PACKAGES := \
	cmake ninja-build g++ pkg-config \
	qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-svg-dev qt6-charts-dev qt6-multimedia-dev \
	qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libqt6sql6-sqlite \
	qtkeychain-qt6-dev libgl-dev libqt6opengl6-dev \
	libgrpc++-dev libprotobuf-dev protobuf-compiler protobuf-compiler-grpc grpc-proto \
	libargon2-dev libsqlite3-dev libssl-dev \
	xvfb xauth xdotool imagemagick chromium

.PHONY: deps build test demo clean bench

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing: $$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "All build packages are installed."; fi

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 600

bench: build
	cmake --build $(BUILD_DIR) --target benchmarks

demo: build
	./scripts/demo.sh "$(BUILD_DIR)" "$(DEMO_DIR)"

clean:
	rm -rf $(BUILD_DIR)
