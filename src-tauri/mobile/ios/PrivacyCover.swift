// Trygg's iOS background cover. NOT BUILT OR RUN HERE: iOS builds need
// macOS and Xcode. scripts/mobile-privacy.sh copies this file into the
// generated gen/apple/Sources/trygg/ folder; `PrivacyCover.install()` is
// called once from the generated app delegate's
// `application(_:didFinishLaunchingWithOptions:)`.
//
// iOS takes the app-switcher snapshot right after `willResignActive`.
// Covering the window there (before the web view's own `visibilitychange`
// handler has run) keeps any case text out of that snapshot; the web view
// then shows the neutral cover and the vault locks.
import UIKit

enum PrivacyCover {
  private static var cover: UIView?

  static func install() {
    let center = NotificationCenter.default
    center.addObserver(
      forName: UIApplication.willResignActiveNotification, object: nil, queue: .main
    ) { _ in show() }
    center.addObserver(
      forName: UIApplication.didBecomeActiveNotification, object: nil, queue: .main
    ) { _ in hide() }
  }

  private static func keyWindow() -> UIWindow? {
    UIApplication.shared.connectedScenes
      .compactMap { $0 as? UIWindowScene }
      .flatMap { $0.windows }
      .first { $0.isKeyWindow }
  }

  static func show() {
    guard cover == nil, let window = keyWindow() else { return }
    let view = UIView(frame: window.bounds)
    view.backgroundColor = .systemBackground
    view.autoresizingMask = [.flexibleWidth, .flexibleHeight]
    window.addSubview(view)
    cover = view
  }

  static func hide() {
    cover?.removeFromSuperview()
    cover = nil
  }
}
