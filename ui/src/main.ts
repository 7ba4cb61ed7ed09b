import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { startProbe } from "./lib/probe";

const target = document.getElementById("app");
if (target) {
  mount(App, { target });
  // Start-up benchmark only: a no-op unless the shell set the probe flag.
  startProbe(target);
}
