import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { api } from "./lib/ipc";
import { probeMark, startProbe } from "./lib/probe";

probeMark("script");
const target = document.getElementById("app");
if (target) {
  // The start-up call goes out first, so its round trip overlaps the mount.
  const boot = api.bootstrap();
  void boot.then(() => probeMark("boot")).catch(() => undefined);
  mount(App, { target, props: { boot } });
  probeMark("mounted");
  // Start-up benchmark only: a no-op unless the shell set the probe flag.
  startProbe(target);
}
