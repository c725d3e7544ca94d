#!/usr/bin/env bash
# Runs every test: Axon fixture tests, projection and HTTP tests on the embedded MongoDB, and the
# real-browser tests in headless Chromium. Installs Debian's chromium and chromium-driver if they are missing.
# Set MONGODB_URI=mongodb://... to run the whole suite against a real MongoDB (each test JVM uses a database pathways_test_<module>_<fork>).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "Installing Chromium and chromedriver for the browser tests..."
    sudo_if_needed=""
    if [ "$(id -u)" != 0 ]; then sudo_if_needed="sudo"; fi
    $sudo_if_needed apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq chromium chromium-driver
fi
# -T 1C: a module whose modules it needs are built starts at once (reporting and gp-referrals side by side).
mvn -B -ntp -T 1C verify "$@"
