#!/usr/bin/env bash
# Copies Trygg's mobile privacy code into the generated mobile projects,
# after `npx tauri android init` / `npx tauri ios init`. Untested here: this
# machine can build neither (no Android SDK/NDK; iOS needs macOS).
set -euo pipefail
cd "$(dirname "$0")/../src-tauri"
android=gen/android/app/src/main/java/se/trygg/companion
if [ -d "$android" ]; then
  cp mobile/android/MainActivity.kt "$android/MainActivity.kt"
  echo "android: FLAG_SECURE activity installed"
fi
ios=$(ls -d gen/apple/Sources/* 2>/dev/null | head -1 || true)
if [ -n "$ios" ]; then
  cp mobile/ios/PrivacyCover.swift "$ios/PrivacyCover.swift"
  echo "ios: PrivacyCover.swift copied; call PrivacyCover.install() from the app delegate"
fi
