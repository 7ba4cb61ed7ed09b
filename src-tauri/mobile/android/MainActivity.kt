// Trygg's Android activity. NOT BUILT OR RUN HERE: this machine has no
// Android SDK/NDK, so `tauri android init` cannot generate the project.
// scripts/mobile-privacy.sh copies this file over the generated
// gen/android/app/src/main/java/se/trygg/companion/MainActivity.kt.
package se.trygg.companion

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.enableEdgeToEdge

class MainActivity : TauriActivity() {
  override fun onCreate(savedInstanceState: Bundle?) {
    enableEdgeToEdge()
    super.onCreate(savedInstanceState)
    // FLAG_SECURE: no screenshots or screen recording of Trygg, and the
    // recent-apps switcher shows a blank card instead of a plan.
    window.setFlags(
      WindowManager.LayoutParams.FLAG_SECURE,
      WindowManager.LayoutParams.FLAG_SECURE,
    )
  }
}
