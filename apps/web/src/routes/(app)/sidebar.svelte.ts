/**
 * The desktop sidebar's state. From 1024 px wide it sits beside the content, full or collapsed to
 * an icon rail as the dispatcher last chose (kept on this device). Narrower, it is a rail; the
 * toggle opens the full menu over the content until a page is chosen, Escape or a click outside.
 */
export const NARROW_BELOW = 1024;
const KEY = "domovoy.sidebar";

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === "collapsed";
  } catch {
    return false;
  }
}

class SidebarState {
  /** The wide layout's choice: collapsed to the rail. */
  #collapsedWide = $state(stored());
  /** The narrow layout's full menu, open over the content. */
  overlay = $state(false);
  width = $state(typeof window === "undefined" ? NARROW_BELOW : window.innerWidth);

  get narrow(): boolean {
    return this.width < NARROW_BELOW;
  }

  /** Shown as the icon rail (the full menu otherwise, beside or over the content). */
  get collapsed(): boolean {
    return this.narrow ? !this.overlay : this.#collapsedWide;
  }

  toggle(): void {
    if (this.narrow) {
      this.overlay = !this.overlay;
      return;
    }
    this.#collapsedWide = !this.#collapsedWide;
    try {
      localStorage.setItem(KEY, this.#collapsedWide ? "collapsed" : "expanded");
    } catch {
      // Private mode without storage: the choice holds until the page is reloaded.
    }
  }

  close(): void {
    this.overlay = false;
  }
}

export const sidebar = new SidebarState();
