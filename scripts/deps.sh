# SPDX-License-Identifier: MIT
# Sourced by demo.sh and test.sh: installs the Debian 12 packages Lector needs that are missing.
LECTOR_PACKAGES=(
  build-essential cmake ninja-build pkg-config git ccache clang-format clang-tidy
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libqt6sql6-sqlite
  qt6-qpa-plugins libgl-dev qt6-l10n-tools qt6-translations-l10n
  libopencv-dev libjpeg-dev libpng-dev libsqlite3-dev sqlite3 nlohmann-json3-dev libspdlog-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libtesseract-dev tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor
  libpq-dev
  fonts-noto-cjk fonts-dejavu-core
  xvfb xauth
  dpkg-dev desktop-file-utils appstream
  python3 python3-shapely python3-nltk python3-levenshtein python3-scipy labelme
)

# The PostgreSQL server only the tests need (scripts/test.sh starts a throwaway cluster of it).
LECTOR_TEST_PACKAGES=(postgresql)

# Installs what is missing of LECTOR_PACKAGES and of the packages named as arguments.
lector_install_deps() {
  local missing=()
  local p
  for p in "${LECTOR_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Tesseract's OpenMP makes it ~8x slower when cores are shared; this must be set before the process starts.
export OMP_THREAD_LIMIT=1
