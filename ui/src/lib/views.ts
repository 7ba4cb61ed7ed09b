// The screens behind the cover, loaded when first shown. The start-up
// bundle holds only what the first screen needs (the app frame, the covers,
// the quick-hide); each view below is its own chunk, fetched from the app's
// own origin the first time it is opened and kept for the session.
import type { Component } from "svelte";
import type { View } from "./session.svelte";

export type Lazy = View | "setup" | "problem";

type Loader = () => Promise<{ default: Component }>;

const loaders: Record<Lazy, Loader> = {
  guidance: () => import("../views/Guidance.svelte"),
  cases: () => import("../views/Cases.svelte"),
  person: () => import("../views/PersonView.svelte"),
  review: () => import("../views/Review.svelte"),
  settings: () => import("../views/Settings.svelte"),
  setup: () => import("../views/Setup.svelte"),
  problem: () => import("../views/Problem.svelte"),
};

const loaded = new Map<Lazy, Component>();

/** The view's component if it has been loaded before (drawn at once). */
export function loadedView(view: Lazy): Component | null {
  return loaded.get(view) ?? null;
}

/** Loads the view's component (once; later calls resolve from memory). */
export async function loadView(view: Lazy): Promise<Component> {
  const have = loaded.get(view);
  if (have) return have;
  const m = await loaders[view]();
  loaded.set(view, m.default);
  return m.default;
}
